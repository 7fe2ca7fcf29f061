// One MCP tool = metadata + zod input/output shapes + an answer function. define-tool keeps the types
// inside each tool file and gives the registry a uniform `register`.
import type { McpServer, ToolCallback } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { McpDeps } from './deps.js';
import { openOutputSchema } from './open-output-schema.js';
import { toolError, toolSuccess, type ToolAnswer } from './tool-result.js';

export interface ToolContext {
  deps: McpDeps;
  /** Called with errors that are not AppErrors (bugs); the client only sees a generic message. */
  onUnexpectedError(error: unknown): void;
}

export interface ToolDefinition<I extends z.ZodRawShape, O extends z.ZodRawShape> {
  name: string;
  title: string;
  /** For a model: what it is for, when to use it, an example input. */
  description: string;
  inputSchema: I;
  outputSchema: O;
  readOnly: boolean;
  answer(input: z.infer<z.ZodObject<I>>, deps: McpDeps): Promise<ToolAnswer<z.infer<z.ZodObject<O>>>>;
}

export interface RegistrableTool {
  name: string;
  readOnly: boolean;
  register(server: McpServer, context: ToolContext): void;
}

export function defineTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(tool: ToolDefinition<I, O>): RegistrableTool {
  return {
    name: tool.name,
    readOnly: tool.readOnly,
    register(server, context) {
      // The SDK has validated `args` against inputSchema before calling the handler.
      const handler = async (args: z.infer<z.ZodObject<I>>) => {
        try {
          const answer = await tool.answer(args, context.deps);
          return toolSuccess(answer as ToolAnswer<Record<string, unknown>>);
        } catch (error) {
          if (!isExpected(error)) context.onUnexpectedError(error);
          return toolError(error);
        }
      };
      server.registerTool(tool.name, {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        outputSchema: openOutputSchema(z.object(tool.outputSchema)),
        annotations: tool.readOnly
          ? { title: tool.title, readOnlyHint: true, openWorldHint: false }
          : { title: tool.title, readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      }, handler as unknown as ToolCallback<I>);
    },
  };
}

function isExpected(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AppError' || error.name === 'DifferencesInputError');
}

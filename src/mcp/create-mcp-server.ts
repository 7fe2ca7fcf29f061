import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { McpDeps } from './deps.js';
import { allTools } from './tools/index.js';

export const MCP_SERVER_INFO = { name: 'mesh-explainer', version: '0.1.0' } as const;

export interface McpServerOptions {
  /** Errors that are not AppErrors (bugs); the client only sees a generic message. Default: ignored. */
  onUnexpectedError?: (error: unknown) => void;
}

/** An MCP server exposing every tool of the registry over `deps`. Read-only deps omit upload_manifests. */
export function createMcpServer(deps: McpDeps, options: McpServerOptions = {}): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions: 'Explains how traffic moves in a Kubernetes + Istio mesh from uploaded manifests. Start with list_manifest_sets, then route_path for "where does this request go", diagnostics for "what is broken", relationships and describe_resource for "what touches this object", differences for "how does a VirtualService differ from a Service". Quote the summary; cite the file:line of each step.',
  });
  const context = { deps, onUnexpectedError: options.onUnexpectedError ?? (() => undefined) };
  for (const tool of allTools) {
    if (!tool.readOnly && deps.uploadManifests === null) continue;
    tool.register(server, context);
  }
  return server;
}

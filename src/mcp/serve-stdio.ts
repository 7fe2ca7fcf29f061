import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer, type McpServerOptions } from './create-mcp-server.js';
import type { McpDeps } from './deps.js';

/** Serves MCP on stdin/stdout until stdin ends (the client closed it), then closes the server. */
export async function serveStdio(deps: McpDeps, options: McpServerOptions = {}): Promise<void> {
  const server = createMcpServer(deps, options);
  const transport = new StdioServerTransport();
  const ended = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
    transport.onclose = () => resolve();
  });
  await server.connect(transport);
  await ended;
  await server.close();
}

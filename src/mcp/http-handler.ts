// Streamable HTTP, stateless: one server + transport per POST (any replica can answer any request).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createMcpServer, type McpServerOptions } from './create-mcp-server.js';
import type { McpDeps } from './deps.js';

export type McpHttpHandler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => Promise<void>;

/**
 * An express-compatible handler for `/mcp`: POST carries JSON-RPC; GET and DELETE answer 405 (no
 * sessions, no server-initiated stream). Mount with `app.all('/mcp', createMcpHttpHandler(deps))`; a
 * body already parsed by express.json() is used, otherwise the transport reads the stream.
 */
export function createMcpHttpHandler(deps: McpDeps, options: McpServerOptions = {}): McpHttpHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'POST' }).end(JSON.stringify({
        jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this MCP endpoint is stateless; send JSON-RPC with POST.' }, id: null,
      }));
      return;
    }
    const server = createMcpServer(deps, options);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (error) {
      options.onUnexpectedError?.(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' }, id: null }));
      }
    }
  };
}

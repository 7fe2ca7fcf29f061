export { createMcpServer, MCP_SERVER_INFO, type McpServerOptions } from './create-mcp-server.js';
export { createMcpHttpHandler, type McpHttpHandler } from './http-handler.js';
export { serveStdio } from './serve-stdio.js';
export { mcpDepsFromServices, localMcpDeps, LOCAL_SET, type McpDeps, type McpSetSummary } from './deps.js';
export { allTools } from './tools/index.js';

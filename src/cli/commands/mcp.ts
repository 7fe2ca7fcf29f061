import { localMcpDeps, mcpDepsFromServices, serveStdio } from '../../mcp/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption } from '../index-source.js';
import { listOption } from '../parse-options.js';

export const mcpCommand: Command = {
  name: 'mcp',
  summary: 'MCP server on stdin/stdout for chatbots (tools: route_path, diagnostics, relationships, ...)',
  usage: [
    'mesh-explainer mcp                 (the stored sets: DATABASE_URL, or the embedded PostgreSQL)',
    'mesh-explainer mcp -f FILE|DIR...  (a read-only set named "local" from these files, no database)',
  ],
  options: [{ ...fileOption, description: 'Serve these manifests as the read-only set "local" instead of the database.' }],
  examples: [
    'mesh-explainer mcp -f ../shared/samples/bookinfo/platform/kube -f ../shared/samples/bookinfo/networking/destination-rule-all.yaml',
    'claude mcp add mesh-explainer -- npx mesh-explainer mcp -f ./k8s',
  ],
  notes: ['The server exits when stdin ends. Logs go to stderr.'],
  run: runMcp,
};

async function runMcp(values: OptionValues, io: CliIo): Promise<number> {
  const files = listOption(values, 'file');
  const onUnexpectedError = (error: unknown) => io.stderr(`mesh-explainer mcp: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  if (files.length > 0) {
    await serveStdio(await localMcpDeps(files), { onUnexpectedError });
    return 0;
  }
  // Loaded only here: the database client is heavy and the other commands never need it.
  const { openStoredServices } = await import('../../service/explain/open-stored-services.js');
  const stored = await openStoredServices(io.env);
  try {
    await serveStdio(mcpDepsFromServices(stored.services), { onUnexpectedError });
  } finally {
    await stored.close();
  }
  return 0;
}

import { AppError } from '../../errors.js';
import { readManifestFiles } from '../../service/explain/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption } from '../index-source.js';
import { choiceOption, listOption, stringOption } from '../parse-options.js';
import { createRemoteClient, TOKEN_ENV } from '../remote-client.js';

interface UploadAnswer {
  revision: { setName: string; number: number; countsByKind: Record<string, number>; files: { name: string }[] };
  warnings: { message: string; file?: string; line?: number | null }[];
}

export const uploadCommand: Command = {
  name: 'upload',
  summary: 'upload manifests as a new revision of a set on a mesh-explainer server',
  usage: ['mesh-explainer upload -f FILE|DIR... --set NAME --server URL [--description TEXT] [--default-namespace NS]'],
  options: [
    fileOption,
    { name: 'set', type: 'string', value: 'NAME', description: 'Manifest set to add a revision to (created when new).', example: '--set bookinfo' },
    { name: 'server', type: 'string', value: 'URL', description: `Server base URL (token from $${TOKEN_ENV}).`, example: '--server http://localhost:8080' },
    { name: 'description', type: 'string', value: 'TEXT', description: 'Description of the set.', example: "--description 'bookinfo from main'" },
    { name: 'default-namespace', type: 'string', value: 'NS', description: 'Namespace for objects that name none (default default).', example: '--default-namespace bookinfo' },
    { name: 'output', short: 'o', type: 'string', value: 'json|text', description: 'Answer format (default text).', example: '--output json' },
  ],
  examples: [`${TOKEN_ENV}=secret mesh-explainer upload -f ../shared/samples/bookinfo --set bookinfo --server http://localhost:8080`],
  notes: ['Exit codes: 0 stored, 2 refused (every problem listed as file:line:column: object: field: message), 1 failure.'],
  run: runUpload,
};

async function runUpload(values: OptionValues, io: CliIo): Promise<number> {
  const output = choiceOption(values, 'output', ['json', 'text'] as const, 'text');
  const server = stringOption(values, 'server');
  const set = stringOption(values, 'set');
  const paths = listOption(values, 'file');
  if (!server || !set) throw new AppError('BAD_INPUT', 'upload needs --server URL and --set NAME');
  if (paths.length === 0) throw new AppError('BAD_INPUT', 'upload needs -f FILE|DIR at least once');
  const client = createRemoteClient(server, io.env[TOKEN_ENV]);
  const files = await readManifestFiles(paths);
  const decoder = new TextDecoder();
  const body = {
    files: files.map((f) => ({ filename: f.name, content: typeof f.content === 'string' ? f.content : decoder.decode(f.content) })),
    ...(stringOption(values, 'description') ? { description: stringOption(values, 'description') } : {}),
    ...(stringOption(values, 'default-namespace') ? { defaultNamespace: stringOption(values, 'default-namespace') } : {}),
  };
  const answer = await client.request<UploadAnswer>('POST', `/api/v1/sets/${encodeURIComponent(set)}/revisions`, body);
  if (output === 'json') {
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  const counts = Object.entries(answer.revision.countsByKind).map(([kind, n]) => `${kind}: ${n}`).join(', ');
  io.stdout(`Stored revision ${answer.revision.number} of set ${answer.revision.setName} (${files.length} file${files.length === 1 ? '' : 's'}; ${counts}).\n`);
  for (const w of answer.warnings ?? []) io.stderr(`warning: ${w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : ''}${w.message}\n`);
  return 0;
}

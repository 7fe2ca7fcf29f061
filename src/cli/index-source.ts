// Where a query command gets its answer: local manifest files (-f) or a stored set on a server (--server --set).
import { AppError } from '../errors.js';
import type { MeshIndex } from '../mesh/index/types.js';
import { loadLocalIndex } from '../service/explain/index.js';
import type { CliIo, CommandOption, OptionValues } from './command.js';
import { intOption, listOption, stringOption } from './parse-options.js';
import { createRemoteClient, TOKEN_ENV, type RemoteClient } from './remote-client.js';

export type IndexSource =
  | { mode: 'local'; index: MeshIndex }
  | { mode: 'remote'; client: RemoteClient; set: string; revision: number | undefined; setPath: string };

export const fileOption: CommandOption = {
  name: 'file', short: 'f', type: 'string', multiple: true, value: 'FILE|DIR',
  description: 'Manifest file or folder (read recursively for .yaml, .yml, .json).',
  example: '-f ../shared/samples/bookinfo/platform/kube/bookinfo.yaml -f ../shared/samples/bookinfo/networking',
};

export const remoteOptions: CommandOption[] = [
  { name: 'server', type: 'string', value: 'URL', description: `Ask a mesh-explainer server instead of reading local files (token from $${TOKEN_ENV}).`, example: '--server http://localhost:8080' },
  { name: 'set', type: 'string', value: 'NAME', description: 'Manifest set on the server (with --server).', example: '--set bookinfo' },
  { name: 'revision', type: 'string', value: 'N', description: 'Revision of the set (with --server); default the latest.', example: '--revision 3' },
];

export async function resolveIndexSource(values: OptionValues, io: CliIo): Promise<IndexSource> {
  const files = listOption(values, 'file');
  const server = stringOption(values, 'server');
  if (server !== undefined) {
    if (files.length > 0) throw new AppError('BAD_INPUT', 'use either -f FILES (local) or --server URL --set NAME (remote), not both');
    const set = stringOption(values, 'set');
    if (!set) throw new AppError('BAD_INPUT', '--server needs --set NAME (the manifest set to ask about)');
    const client = createRemoteClient(server, io.env[TOKEN_ENV]);
    const revision = intOption(values, 'revision', { min: 1, max: 2 ** 31 - 1 });
    return { mode: 'remote', client, set, revision, setPath: `/api/v1/sets/${encodeURIComponent(set)}` };
  }
  if (stringOption(values, 'set') !== undefined) throw new AppError('BAD_INPUT', '--set needs --server URL');
  if (files.length === 0) throw new AppError('BAD_INPUT', 'no manifests: pass -f FILE|DIR (or --server URL --set NAME)');
  return { mode: 'local', index: (await loadLocalIndex(files)).index };
}

/** Appends `revision=N` to a query string when a revision was asked for. */
export function withRevision(source: Extract<IndexSource, { mode: 'remote' }>, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, revision: source.revision })) {
    if (v !== undefined && String(v) !== '') params.set(k, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

import { AppError } from '../../errors.js';
import { ingestManifests, createFieldLocator, formatProblem } from '../../manifests/index.js';
import type { ManifestFile, ManifestWarning } from '../../manifests/types.js';
import { buildMeshIndex } from '../../mesh/index/build.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import { readManifestFiles } from './manifest-files.js';

export interface LocalIndex {
  index: MeshIndex;
  files: string[];
  warnings: ManifestWarning[];
  countsByKind: Record<string, number>;
}

/**
 * Reads manifest files and folders from disk and builds the same MeshIndex a stored revision gets,
 * without a database. Refused input (parse or validation problems) is an AppError BAD_INPUT whose
 * message lists every problem as `file:line:column: object: field: message`.
 */
export async function loadLocalIndex(paths: readonly string[], options: { defaultNamespace?: string } = {}): Promise<LocalIndex> {
  if (paths.length === 0) throw new AppError('BAD_INPUT', 'no manifest files given: pass -f FILE|DIR at least once');
  return indexManifests(await readManifestFiles(paths), options);
}

/** The MeshIndex of manifest texts given in memory (same validation and messages as an upload). */
export function indexManifests(files: readonly ManifestFile[], options: { defaultNamespace?: string } = {}): LocalIndex {
  const result = ingestManifests([...files], { defaultNamespace: options.defaultNamespace });
  if (!result.ok) {
    const lines = result.problems.map((p) => formatProblem(p));
    throw new AppError('BAD_INPUT', `the manifests were refused (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, {
      details: result.problems.map((p) => ({ ...p })),
    });
  }
  const locate = createFieldLocator(result.files.map((f) => ({ name: f.name, text: f.text })));
  const index = buildMeshIndex(result.resources, { locate });
  return { index, files: result.files.map((f) => f.name), warnings: result.warnings, countsByKind: result.countsByKind };
}

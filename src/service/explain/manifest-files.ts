// Manifest file helpers the adapters need without importing src/manifests directly.
import { AppError } from '../../errors.js';
import { formatProblem, readManifestPaths, type ManifestFile, type ManifestProblem } from '../../manifests/index.js';

export { formatProblem, type ManifestFile, type ManifestProblem };

/** Files and folders (recursively: .yaml, .yml, .json) as given on a command line; unreadable paths are BAD_INPUT. */
export async function readManifestFiles(paths: readonly string[]): Promise<ManifestFile[]> {
  try {
    return await readManifestPaths([...paths]);
  } catch (error) {
    // Reading user-given paths fails only because of those paths (missing, unreadable).
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'EACCES' ? `${err.path ?? paths.join(', ')}: permission denied` : err.message;
    throw new AppError('BAD_INPUT', reason, { cause: error });
  }
}

export {
  DEFAULT_INGEST_LIMITS,
  type IngestLimits,
  type IngestOptions,
  type IngestResult,
  type ManifestFile,
  type ManifestProblem,
  type ManifestWarning,
  type StoredFile,
} from './types.js';
export { ingestManifests } from './ingest-manifests.js';
export { createFieldLocator } from './create-field-locator.js';
export { readManifestPaths } from './read-manifest-paths.js';
export { formatProblem } from './format-problem.js';

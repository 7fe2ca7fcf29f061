// Manifest text -> MeshIndex through the real ingest (src/manifests) with line citations.
import { createFieldLocator, ingestManifests } from '../../../src/manifests/index.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { BuiltMeshIndex } from '../../../src/mesh/index/extra-types.js';

export interface LoadedIndex { index: BuiltMeshIndex | null; problems: string[] }

export function loadIndex(files: { name: string; text: string }[]): LoadedIndex {
  const result = ingestManifests(files.map((f) => ({ name: f.name, content: f.text })));
  if (!result.ok) return { index: null, problems: result.problems.map((p) => `${p.file}:${p.line ?? '?'} ${p.object ?? ''} ${p.fieldPath ?? ''} ${p.message}`) };
  return { index: buildMeshIndex(result.resources, { locate: createFieldLocator(files) }), problems: [] };
}

// Test helper: manifests (inline text or ../shared sample paths) -> MeshIndex + simulator.
import { readFileSync } from 'node:fs';
import { ingestManifests } from '../../../src/manifests/index.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import { simulateRoute } from '../../../src/mesh/routing/index.js';
import type { RouteSimulator } from '../../../src/mesh/differences/index.js';

export interface LoadedSet { index: MeshIndex; simulate: RouteSimulator }

export function loadSet(files: { name: string; content: string }[]): LoadedSet {
  const result = ingestManifests(files);
  if (!result.ok) throw new Error(`test manifests rejected: ${JSON.stringify(result.problems)}`);
  const index = buildMeshIndex(result.resources);
  return { index, simulate: (request) => simulateRoute(index, request) };
}

/** Paths relative to the repository root's sibling `shared` folder, e.g. `samples/bookinfo/...`. */
export function sharedFile(path: string): { name: string; content: string } {
  return { name: path, content: readFileSync(new URL(`../../../../shared/${path}`, import.meta.url), 'utf8') };
}

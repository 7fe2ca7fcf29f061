// The engine's entry point: the MeshIndex of a revision (latest by default), from the cache.
import type { MeshIndex } from '../mesh/index/types.js';
import { resourceFromRecord, type IndexCache, type Store } from '../store/index.js';
import { getRevision } from './manifest-sets.js';
import type { RevisionSummary } from './models.js';

export async function loadIndex(
  store: Store,
  cache: IndexCache,
  setName: string,
  revision?: number | 'latest' | null,
): Promise<{ revision: RevisionSummary; index: MeshIndex }> {
  const found = await getRevision(store, setName, revision ?? null);
  return { revision: found, index: await cache.get(found.id) };
}

/** How the cache reads a revision: its rows rebuilt as Resources, and its files' texts. */
export async function loadRevisionContent(store: Store, revisionId: string) {
  const [records, files] = await Promise.all([store.resources.all(revisionId), store.revisions.fileTexts(revisionId)]);
  return { resources: records.map(resourceFromRecord), files };
}

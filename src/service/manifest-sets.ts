// Reading and deleting manifest sets and their revisions.
import { AppError } from '../errors.js';
import type { IndexCache, Store } from '../store/index.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import { toRevisionSummary, type Connection, type ManifestSetSummary, type RevisionSummary } from './models.js';

export const SET_PAGE = { defaultSize: 50, maxSize: 500 };

export async function listSets(store: Store, first?: number | null, after?: string | null): Promise<Connection<ManifestSetSummary>> {
  const size = pageSize(first, SET_PAGE);
  const [page, totalCount] = await Promise.all([store.sets.list(size, decodeCursor('set', after)), store.sets.count()]);
  const edges = page.items.map((node) => ({ cursor: encodeCursor('set', node.name), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

export async function findSet(store: Store, name: string): Promise<ManifestSetSummary | null> {
  return store.sets.byName(name);
}

export async function getSet(store: Store, name: string): Promise<ManifestSetSummary> {
  const set = await store.sets.byName(name);
  if (!set) throw new AppError('NOT_FOUND', `Manifest set "${name}" does not exist.`);
  return set;
}

export async function listRevisions(store: Store, setId: string): Promise<RevisionSummary[]> {
  return (await store.revisions.list(setId)).map(toRevisionSummary);
}

/** `number` null or 'latest' means the newest revision; null when the set has no such revision. */
export async function findRevision(store: Store, setId: string, number: number | 'latest' | null): Promise<RevisionSummary | null> {
  const record = await store.revisions.byNumber(setId, number === 'latest' ? null : number);
  return record ? toRevisionSummary(record) : null;
}

export async function getRevision(store: Store, setName: string, number: number | 'latest' | null): Promise<RevisionSummary> {
  const set = await getSet(store, setName);
  const revision = await findRevision(store, set.id, number);
  if (!revision) {
    const which = number === null || number === 'latest' ? 'any revision' : `revision ${number}`;
    throw new AppError('NOT_FOUND', `Manifest set "${setName}" has no ${which}.`);
  }
  return revision;
}

export async function deleteSet(store: Store, cache: IndexCache, name: string): Promise<boolean> {
  const set = await store.sets.byName(name);
  if (!set) return false;
  const revisions = await store.revisions.list(set.id);
  const deleted = await store.sets.delete(name);
  for (const revision of revisions) cache.forget(revision.id);
  return deleted;
}

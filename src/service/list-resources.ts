// Resources of one revision, filtered, in upload order, as a Relay-style connection.
import type { Store } from '../store/index.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import type { Connection, ResourceQuery, StoredResource } from './models.js';

export const RESOURCE_PAGE = { defaultSize: 100, maxSize: 1000 };

export async function listResources(store: Store, revisionId: string, query: ResourceQuery): Promise<Connection<StoredResource>> {
  const size = pageSize(query.first, RESOURCE_PAGE);
  const filter = {
    ...(query.kind ? { kind: query.kind } : {}),
    // Cluster-scoped objects are stored with namespace '' (see prisma/schema.prisma).
    ...(query.namespace !== null && query.namespace !== undefined ? { namespace: query.namespace } : {}),
    ...(query.name ? { name: query.name } : {}),
  };
  const after = decodeCursor('resource', query.after);
  if (after !== null && !/^\d+$/.test(after)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const [page, totalCount] = await Promise.all([store.resources.list(revisionId, filter, size, after), store.resources.count(revisionId, filter)]);
  const edges = page.items.map((node) => ({ cursor: encodeCursor('resource', node.id), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

import type { MeshIndex } from '../../mesh/index/types.js';
import type { IndexCache } from '../../store/index.js';

/** The cached MeshIndex of a revision already loaded (GraphQL `Revision` fields): no second database read. */
export function revisionIndex(services: { indexCache: IndexCache }, revisionId: string): Promise<MeshIndex> {
  return services.indexCache.get(revisionId);
}

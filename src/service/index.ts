// The use cases every adapter calls, bound to one store and one index cache. To add a use case:
// write it in its own file taking (store, cache, ...) and add one line to createServices.
import { createFieldLocator, type IngestLimits } from '../manifests/index.js';
import { IndexCache, type MeshIndexBuilder, type Store } from '../store/index.js';
import { listResources } from './list-resources.js';
import { loadIndex, loadRevisionContent } from './load-index.js';
import { deleteSet, findRevision, findSet, getRevision, getSet, listRevisions, listSets } from './manifest-sets.js';
import type { ResourceQuery, UploadInput } from './models.js';
import { uploadManifests } from './upload-manifests.js';

export interface ServiceOptions {
  limits?: Partial<IngestLimits>;
  indexCacheSize?: number;
  /** Replaces buildMeshIndex (tests count builds with it). */
  buildIndex?: MeshIndexBuilder;
}

export function createServices(store: Store, options: ServiceOptions = {}) {
  const indexCache = new IndexCache({
    capacity: options.indexCacheSize ?? 32,
    load: (revisionId) => loadRevisionContent(store, revisionId),
    createLocator: createFieldLocator,
    ...(options.buildIndex ? { build: options.buildIndex } : {}),
  });
  const uploadOptions = { limits: options.limits ?? {} };
  return {
    indexCache,
    uploadManifests: (input: UploadInput) => uploadManifests(store, uploadOptions, input),
    listSets: (first?: number | null, after?: string | null) => listSets(store, first, after),
    getSet: (name: string) => getSet(store, name),
    findSet: (name: string) => findSet(store, name),
    deleteSet: (name: string) => deleteSet(store, indexCache, name),
    listRevisions: (setId: string) => listRevisions(store, setId),
    findRevision: (setId: string, number: number | 'latest' | null) => findRevision(store, setId, number),
    getRevision: (set: string, number: number | 'latest' | null) => getRevision(store, set, number),
    listResources: (revisionId: string, query: ResourceQuery) => listResources(store, revisionId, query),
    loadIndex: (set: string, revision?: number | 'latest' | null) => loadIndex(store, indexCache, set, revision),
  };
}

export type Services = ReturnType<typeof createServices>;
export type * from './models.js';
export { RESOURCE_PAGE } from './list-resources.js';
export { SET_PAGE } from './manifest-sets.js';

// The store's public surface: repositories over one Prisma client, and the revision → MeshIndex cache.
import type { PrismaClient } from '../generated/prisma/client.js';
import { ManifestSetStore } from './manifest-set-store.js';
import { ResourceStore } from './resource-store.js';
import { RevisionStore } from './revision-store.js';

export interface Store {
  sets: ManifestSetStore;
  revisions: RevisionStore;
  resources: ResourceStore;
}

export function createStore(prisma: PrismaClient): Store {
  return { sets: new ManifestSetStore(prisma), revisions: new RevisionStore(prisma), resources: new ResourceStore(prisma) };
}

export { openDatabase, connectPrisma, type Database, type PrismaClient } from './database.js';
export { migrate, migrationStatus } from './migrate.js';
export { IndexCache, type IndexCacheStats, type MeshIndexBuilder, type FieldLocatorFactory } from './index-cache.js';
export { resourceFromRecord } from './resource-from-record.js';
export type * from './records.js';

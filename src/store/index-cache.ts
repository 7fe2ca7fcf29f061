// Revision → MeshIndex, built once and kept in a bounded LRU. Revisions are immutable, so an entry
// never goes stale; any replica may build its own (DESIGN.md "Scaling out").
import { buildMeshIndex } from '../mesh/index/build.js';
import type { BuildOptions, MeshIndex } from '../mesh/index/types.js';
import type { FieldLocator, Resource } from '../mesh/model.js';

export type MeshIndexBuilder = (resources: Resource[], options?: BuildOptions) => MeshIndex;
export type FieldLocatorFactory = (files: { name: string; text: string }[]) => FieldLocator;

export interface RevisionContent {
  resources: Resource[];
  files: { name: string; text: string }[];
}

export interface IndexCacheOptions {
  capacity: number;
  load: (revisionId: string) => Promise<RevisionContent>;
  createLocator?: FieldLocatorFactory;
  build?: MeshIndexBuilder;
}

export interface IndexCacheStats { size: number; capacity: number; builds: number; hits: number }

export class IndexCache {
  private readonly entries = new Map<string, Promise<MeshIndex>>();
  private builds = 0;
  private hits = 0;

  constructor(private readonly options: IndexCacheOptions) {}

  /** Concurrent callers for one revision share a single build. */
  get(revisionId: string): Promise<MeshIndex> {
    const cached = this.entries.get(revisionId);
    if (cached) {
      this.hits++;
      this.entries.delete(revisionId);
      this.entries.set(revisionId, cached);
      return cached;
    }
    const pending = this.build(revisionId);
    this.entries.set(revisionId, pending);
    pending.catch(() => this.entries.delete(revisionId));
    this.evict();
    return pending;
  }

  forget(revisionId: string): void {
    this.entries.delete(revisionId);
  }

  stats(): IndexCacheStats {
    return { size: this.entries.size, capacity: this.options.capacity, builds: this.builds, hits: this.hits };
  }

  private async build(revisionId: string): Promise<MeshIndex> {
    const content = await this.options.load(revisionId);
    this.builds++;
    const build = this.options.build ?? buildMeshIndex;
    const locate = this.options.createLocator?.(content.files);
    return build(content.resources, locate ? { locate } : {});
  }

  private evict(): void {
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      this.entries.delete(oldest);
    }
  }
}

// The three storage use cases the MCP server needs, in memory, shaped like src/service's (for the HTTP test).
import type { MeshIndex } from '../../src/mesh/index/types.js';
import { AppError } from '../../src/errors.js';
import { indexManifests } from '../../src/service/explain/index.js';
import { ingestManifests } from '../../src/manifests/index.js';
import type { Connection, ManifestSetSummary, RevisionSummary, Services, UploadInput, UploadResult } from '../../src/service/index.js';

type StorageServices = Pick<Services, 'listSets' | 'uploadManifests' | 'loadIndex'>;

export function inMemoryServices(): StorageServices {
  const sets = new Map<string, { summary: ManifestSetSummary; revisions: { revision: RevisionSummary; index: MeshIndex }[] }>();
  const at = new Date('2026-01-01T00:00:00Z');
  return {
    async listSets(): Promise<Connection<ManifestSetSummary>> {
      const edges = [...sets.values()].map((s) => ({ cursor: s.summary.name, node: s.summary }));
      return { edges, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: edges.length };
    },
    async uploadManifests(input: UploadInput): Promise<UploadResult> {
      const ingested = ingestManifests(input.files);
      if (!ingested.ok) return { ok: false, problems: ingested.problems, warnings: ingested.warnings };
      const local = indexManifests(input.files);
      const entry = sets.get(input.set) ?? { summary: { id: input.set, name: input.set, description: input.description ?? null, labels: {}, createdAt: at, updatedAt: at, revisionCount: 0, latestRevisionNumber: null }, revisions: [] };
      const number = entry.revisions.length + 1;
      const revision: RevisionSummary = {
        id: `${input.set}-${number}`, setId: input.set, setName: input.set, number, createdAt: at,
        countsByKind: local.countsByKind, warnings: local.warnings, files: ingested.files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })),
      };
      entry.revisions.push({ revision, index: local.index });
      entry.summary = { ...entry.summary, revisionCount: number, latestRevisionNumber: number };
      sets.set(input.set, entry);
      return { ok: true, revision, warnings: local.warnings };
    },
    async loadIndex(set: string, revision?: number | 'latest' | null) {
      const entry = sets.get(set);
      if (!entry) throw new AppError('NOT_FOUND', `Manifest set "${set}" does not exist.`);
      const found = typeof revision === 'number' ? entry.revisions[revision - 1] : entry.revisions.at(-1);
      if (!found) throw new AppError('NOT_FOUND', `Manifest set "${set}" has no revision ${String(revision)}.`);
      return found;
    },
  };
}

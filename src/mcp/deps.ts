// What the MCP tools need from storage. Backed by the service layer (database) or by local files (read-only).
import { AppError } from '../errors.js';
import type { MeshIndex } from '../mesh/index/types.js';
import { loadLocalIndex } from '../service/explain/index.js';
import type { Services, UploadInput, UploadResult } from '../service/index.js';

export interface McpSetSummary {
  name: string;
  description: string | null;
  revisionCount: number;
  latestRevision: number | null;
  updatedAt: string | null;
}

export interface McpDeps {
  listSets(): Promise<McpSetSummary[]>;
  /** null when the server is read-only (local files). */
  uploadManifests: ((input: UploadInput) => Promise<UploadResult>) | null;
  loadIndex(set: string, revision?: number | null): Promise<{ revision: number; index: MeshIndex }>;
}

const SET_PAGE_SIZE = 500;

/** The MCP tools over the stored sets (what the HTTP server and `mesh-explainer mcp` with a database use). */
export function mcpDepsFromServices(services: Pick<Services, 'listSets' | 'uploadManifests' | 'loadIndex'>): McpDeps {
  return {
    async listSets() {
      const sets: McpSetSummary[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await services.listSets(SET_PAGE_SIZE, after);
        for (const { node } of page.edges) {
          sets.push({ name: node.name, description: node.description, revisionCount: node.revisionCount, latestRevision: node.latestRevisionNumber, updatedAt: node.updatedAt.toISOString() });
        }
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return sets;
        after = page.pageInfo.endCursor;
      }
    },
    uploadManifests: (input) => services.uploadManifests(input),
    async loadIndex(set, revision) {
      const loaded = await services.loadIndex(set, revision ?? null);
      return { revision: loaded.revision.number, index: loaded.index };
    },
  };
}

export const LOCAL_SET = 'local';

/** A read-only set named `local` built from files on disk (`mesh-explainer mcp -f FILES`), no database. */
export async function localMcpDeps(paths: readonly string[]): Promise<McpDeps> {
  const local = await loadLocalIndex(paths);
  const summary: McpSetSummary = {
    name: LOCAL_SET,
    description: `local files: ${local.files.join(', ')}`,
    revisionCount: 1,
    latestRevision: 1,
    updatedAt: null,
  };
  return {
    listSets: async () => [summary],
    uploadManifests: null,
    async loadIndex(set, revision) {
      if (set !== LOCAL_SET) throw new AppError('NOT_FOUND', `Manifest set "${set}" does not exist; this server serves only the read-only set "${LOCAL_SET}".`);
      if (revision !== undefined && revision !== null && revision !== 1) throw new AppError('NOT_FOUND', `Manifest set "${LOCAL_SET}" has only revision 1.`);
      return { revision: 1, index: local.index };
    },
  };
}

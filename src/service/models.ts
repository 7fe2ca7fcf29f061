// What use cases return. Adapters (GraphQL mappers, REST, MCP, CLI) type against these, never the store.
import type { ManifestProblem, ManifestWarning } from '../manifests/index.js';
import type { ManifestSetRecord, ResourceRecord, RevisionRecord } from '../store/index.js';

export type ManifestSetSummary = ManifestSetRecord;
export type RevisionSummary = Omit<RevisionRecord, 'warnings'> & { warnings: ManifestWarning[] };
export type StoredResource = ResourceRecord;
export type { ManifestProblem, ManifestWarning };

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface ResourceQuery {
  kind?: string | null;
  namespace?: string | null;
  name?: string | null;
  first?: number | null;
  after?: string | null;
}

export type UploadResult =
  | { ok: true; revision: RevisionSummary; warnings: ManifestWarning[] }
  | { ok: false; problems: ManifestProblem[]; warnings: ManifestWarning[] };

export interface UploadInput {
  set: string;
  files: { name: string; content: string | Uint8Array }[];
  description?: string | null;
  defaultNamespace?: string | null;
}

export function toRevisionSummary(record: RevisionRecord): RevisionSummary {
  return { ...record, warnings: record.warnings as unknown as ManifestWarning[] };
}

import type { Resource } from '../mesh/model.js';

export interface ManifestFile {
  name: string;
  content: string | Uint8Array;
}

export interface IngestLimits {
  maxDocuments: number;
  maxAliasCount: number;
  maxDepth: number;
  maxStringLength: number;
  maxTotalBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = Object.freeze({
  maxDocuments: 50_000,
  maxAliasCount: 100,
  maxDepth: 64,
  maxStringLength: 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
});

export interface IngestOptions {
  /** Namespace given to namespaced objects that do not name one. Default `default`. */
  defaultNamespace?: string;
  limits?: Partial<IngestLimits>;
}

export interface ManifestProblem {
  code: string;
  file: string;
  docIndex: number | null;
  line: number | null;
  column: number | null;
  /** `Kind ns/name` (or `Kind name` for cluster-scoped kinds). */
  object: string | null;
  /** e.g. `spec.http[0].match[1].uri.regex`. */
  fieldPath: string | null;
  message: string;
}

export interface ManifestWarning {
  code: string;
  file: string;
  docIndex: number | null;
  line: number | null;
  object: string | null;
  message: string;
}

export interface StoredFile {
  name: string;
  sha256: string;
  size: number;
  /** Decoded text, BOM removed, line ends kept, so positions still match. */
  text: string;
}

export type IngestResult =
  | { ok: true; resources: Resource[]; warnings: ManifestWarning[]; files: StoredFile[]; countsByKind: Record<string, number> }
  | { ok: false; problems: ManifestProblem[]; warnings: ManifestWarning[] };

// Plain records the store returns. No Prisma type leaves src/store.
import type { JsonObject, Labels } from '../mesh/model.js';

export interface ManifestSetRecord {
  id: string;
  name: string;
  description: string | null;
  labels: Labels;
  createdAt: Date;
  updatedAt: Date;
  revisionCount: number;
  latestRevisionNumber: number | null;
}

export interface RevisionFileRecord { name: string; sha256: string; size: number }

export interface RevisionRecord {
  id: string;
  setId: string;
  setName: string;
  number: number;
  createdAt: Date;
  countsByKind: Record<string, number>;
  warnings: JsonObject[];
  files: RevisionFileRecord[];
}

export interface ResourceRecord {
  /** Insertion order inside the revision (bigint as text): the pagination key. */
  id: string;
  revisionId: string;
  apiVersion: string;
  kind: string;
  namespace: string | null;
  name: string;
  labels: Labels;
  object: JsonObject;
  file: string;
  docIndex: number;
  line: number;
  column: number;
  creationTimestamp: string | null;
}

export interface Page<T> { items: T[]; hasNextPage: boolean }

export interface ResourceFilter { kind?: string; namespace?: string; name?: string }

export interface NewRevision {
  setName: string;
  description?: string;
  countsByKind: Record<string, number>;
  warnings: JsonObject[];
  files: { name: string; sha256: string; size: number; text: string }[];
  resources: {
    apiVersion: string; kind: string; namespace: string | null; name: string; labels: Labels;
    object: JsonObject; file: string; docIndex: number; line: number; column: number; creationTimestamp: string | null;
  }[];
}

// JSON shapes of the REST API (the same field names as GraphQL).
import type { ManifestSetSummary, RevisionSummary, StoredResource } from '../../service/index.js';

export function setJson(set: ManifestSetSummary) {
  return {
    name: set.name,
    description: set.description,
    labels: set.labels,
    createdAt: set.createdAt.toISOString(),
    updatedAt: set.updatedAt.toISOString(),
    revisionCount: set.revisionCount,
    latestRevision: set.latestRevisionNumber,
  };
}

export function revisionJson(revision: RevisionSummary) {
  return {
    setName: revision.setName,
    number: revision.number,
    createdAt: revision.createdAt.toISOString(),
    files: revision.files,
    countsByKind: revision.countsByKind,
    warnings: revision.warnings,
  };
}

export function resourceJson(resource: StoredResource, withObject: boolean) {
  return {
    apiVersion: resource.apiVersion,
    kind: resource.kind,
    namespace: resource.namespace,
    name: resource.name,
    labels: resource.labels,
    creationTimestamp: resource.creationTimestamp,
    source: { file: resource.file, docIndex: resource.docIndex, line: resource.line, column: resource.column },
    ...(withObject ? { object: resource.object } : {}),
  };
}

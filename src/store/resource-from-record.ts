// Rebuilds the engine's Resource from a stored row.
import { asStringMap, getIn, type Resource } from '../mesh/model.js';
import type { ResourceRecord } from './records.js';

export function resourceFromRecord(record: ResourceRecord): Resource {
  return {
    apiVersion: record.apiVersion,
    kind: record.kind,
    namespace: record.namespace,
    name: record.name,
    labels: record.labels,
    annotations: asStringMap(getIn(record.object, 'metadata', 'annotations')),
    creationTimestamp: record.creationTimestamp,
    object: record.object,
    source: { file: record.file, docIndex: record.docIndex, line: record.line, column: record.column },
  };
}

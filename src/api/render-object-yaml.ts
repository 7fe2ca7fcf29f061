// A stored object as YAML. JSONB does not keep key order, so the usual Kubernetes order is restored
// for the keys readers look for first.
import { stringify } from 'yaml';
import type { JsonObject } from '../mesh/model.js';

const TOP_LEVEL = ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'status'];
const METADATA = ['name', 'namespace', 'labels', 'annotations'];

function ordered(object: JsonObject, first: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of first) if (key in object) out[key] = object[key];
  for (const [key, value] of Object.entries(object)) if (!(key in out)) out[key] = value;
  return out;
}

export function renderObjectYaml(object: JsonObject): string {
  const top = ordered(object, TOP_LEVEL);
  const metadata = top.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) top.metadata = ordered(metadata as JsonObject, METADATA);
  return stringify(top, { aliasDuplicateObjects: false });
}

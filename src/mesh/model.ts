// Normalized resource types shared by the whole engine. Pure data: no I/O.

/** Where a document (or one field of it) came from in the uploaded text. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  /** 0-based index of the YAML document inside the file (items of a `kind: List` get the List's index). */
  docIndex: number;
  line: number;
  column: number;
}

/** What a trace step or a finding points at: resource, field path, file and line. */
export interface SourceRef {
  kind: string;
  namespace: string | null;
  name: string;
  file: string;
  line: number;
  /** Field path inside the object, e.g. `spec.http[0].match[1].uri.regex`; empty for the whole object. */
  field: string;
}

export interface ResourceRef {
  kind: string;
  namespace: string | null;
  name: string;
}

export type Labels = Record<string, string>;
export type JsonObject = { [key: string]: unknown };

/** One Kubernetes/Istio object after parsing, validation and normalization. */
export interface Resource {
  apiVersion: string;
  kind: string;
  /** null for cluster-scoped kinds (Namespace, ...). Namespaced kinds always carry one (upload default applied). */
  namespace: string | null;
  name: string;
  labels: Labels;
  annotations: Labels;
  /** RFC 3339 text as written in metadata.creationTimestamp, or null. */
  creationTimestamp: string | null;
  /** The whole object as parsed (after redaction). `spec`, `status` etc. live here. */
  object: JsonObject;
  source: SourceLocation;
}

/**
 * Resolves a field path of a resource to the line it is written on. Supplied by the caller
 * (src/manifests builds it from the original text); the engine only calls it. Returns undefined
 * when the field is not written (the engine then cites the nearest written parent or the document start).
 */
export type FieldLocator = (resource: Resource, fieldPath: string) => { line: number; column: number } | undefined;

export const ISTIO_NETWORKING_GROUP = 'networking.istio.io';
export const DEFAULT_DOMAIN_SUFFIX = 'cluster.local';
export const ISTIO_ROOT_NAMESPACE = 'istio-system';

export function resourceKey(r: ResourceRef): string {
  return `${r.kind}/${r.namespace ?? ''}/${r.name}`;
}

export function refOf(r: Resource): ResourceRef {
  return { kind: r.kind, namespace: r.namespace, name: r.name };
}

/** `Kind ns/name` (or `Kind name` for cluster-scoped), the form used in messages. */
export function describeRef(r: ResourceRef): string {
  return r.namespace ? `${r.kind} ${r.namespace}/${r.name}` : `${r.kind} ${r.name}`;
}

export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function isIstioNetworking(r: Pick<Resource, 'apiVersion'>): boolean {
  return apiGroup(r.apiVersion) === ISTIO_NETWORKING_GROUP;
}

/** Reads a nested field without `any`: path segments are keys or array indexes. */
export function getIn(obj: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export function asObject(v: unknown): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asStringMap(v: unknown): Labels {
  const o = asObject(v);
  const out: Labels = {};
  if (!o) return out;
  for (const [k, val] of Object.entries(o)) {
    if (typeof val === 'string') out[k] = val;
    else if (typeof val === 'number' || typeof val === 'boolean') out[k] = String(val);
  }
  return out;
}

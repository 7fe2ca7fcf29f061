// namespace/kind/name lookups over one revision's resources.
import type { Resource } from '../model.js';

export interface ResourceStore {
  get(kind: string, namespace: string | null, name: string): Resource | undefined;
  byKind(kind: string): readonly Resource[];
  inNamespace(namespace: string): readonly Resource[];
  namespaces(): readonly string[];
}

const EMPTY: readonly Resource[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createResourceStore(resources: readonly Resource[]): ResourceStore {
  const byKey = new Map<string, Resource>();
  const kinds = new Map<string, Resource[]>();
  const namespaced = new Map<string, Resource[]>();
  const namespaceNames = new Set<string>();
  for (const r of resources) {
    const key = `${r.kind}/${r.namespace ?? ''}/${r.name}`;
    if (!byKey.has(key)) byKey.set(key, r); // first definition wins; duplicates are ingest's concern
    push(kinds, r.kind, r);
    if (r.namespace !== null) {
      push(namespaced, r.namespace, r);
      namespaceNames.add(r.namespace);
    }
    if (r.kind === 'Namespace') namespaceNames.add(r.name);
  }
  const sortedNamespaces = Object.freeze([...namespaceNames].sort());
  return {
    get: (kind, namespace, name) => byKey.get(`${kind}/${namespace ?? ''}/${name}`),
    byKind: (kind) => kinds.get(kind) ?? EMPTY,
    inNamespace: (namespace) => namespaced.get(namespace) ?? EMPTY,
    namespaces: () => sortedNamespaces,
  };
}

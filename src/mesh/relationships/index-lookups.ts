// Lookup tables derived once per MeshIndex (memoized by identity; revisions are immutable).
import type { Labels } from '../model.js';
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { DestinationRuleInfo, MeshIndex, PodInfo, SidecarInfo, VirtualServiceInfo } from '../index/types.js';

export interface IndexLookups {
  /** DestinationRules whose host is exactly `host`, plus every wildcard-host rule (caller filters). */
  destinationRulesNear(host: string): readonly DestinationRuleInfo[];
  /** DestinationRules of `namespace` whose host covers `host` (R1.5.1), oldest first. */
  destinationRulesCovering(namespace: string, host: string): DestinationRuleInfo[];
  sidecarsIn(namespace: string): readonly SidecarInfo[];
  /** VirtualServices whose normalized gateways list `key` (`mesh` or `ns/name`). */
  virtualServicesBoundTo(key: string): readonly VirtualServiceInfo[];
  pod(namespace: string, name: string): PodInfo | undefined;
}

interface Dated { creationTimestamp: string | null; name: string; namespace: string }

/** Istio's configCompareByCreationTime: creationTimestamp, then name, then namespace. Missing timestamps tie. */
export function compareByCreation(a: Dated, b: Dated): number {
  const ta = a.creationTimestamp ?? '';
  const tb = b.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0;
}

export function labelsContain(labels: Labels, selector: Labels): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels[k] !== v) return false;
  return true;
}

function group<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  return map;
}

const EMPTY: readonly never[] = Object.freeze([]);
const cache = new WeakMap<MeshIndex, IndexLookups>();

export function lookups(index: MeshIndex): IndexLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const rules = [...index.destinationRules].sort(compareByCreation);
  const rulesByHost = group(rules, (r) => [isWildcardHost(r.host) ? '*' : r.host]);
  const rulesByNamespaceHost = group(rules, (r) => [`${r.namespace}|${isWildcardHost(r.host) ? '*' : r.host}`]);
  const sidecars = group([...index.sidecars].sort(compareByCreation), (s) => [s.namespace]);
  const bound = group(index.virtualServices, (v) => [...new Set(v.gateways.map((g) => g.normalized))]);
  const pods = new Map(index.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const built: IndexLookups = {
    destinationRulesNear: (host) => [...(rulesByHost.get(host) ?? EMPTY), ...(rulesByHost.get('*') ?? EMPTY)],
    destinationRulesCovering(namespace, host) {
      const exact = rulesByNamespaceHost.get(`${namespace}|${host}`) ?? EMPTY;
      const wildcards = (rulesByNamespaceHost.get(`${namespace}|*`) ?? EMPTY).filter((r) => hostMatches(r.host, host));
      return wildcards.length === 0 ? [...exact] : [...exact, ...wildcards].sort(compareByCreation);
    },
    sidecarsIn: (namespace) => sidecars.get(namespace) ?? EMPTY,
    virtualServicesBoundTo: (key) => bound.get(key) ?? EMPTY,
    pod: (namespace, name) => pods.get(`${namespace}/${name}`),
  };
  cache.set(index, built);
  return built;
}

// Lookup tables derived once per MeshIndex (memoized by identity; revisions are immutable).
import type { Labels } from '../model.js';
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { DestinationRuleInfo, MeshIndex, PodInfo, ServiceEntryInfo, ServiceInfo, SidecarInfo, VirtualServiceInfo } from '../index/types.js';

export interface IndexLookups {
  /** DestinationRules whose host is exactly `host`, plus every wildcard-host rule (caller filters). */
  destinationRulesNear(host: string): readonly DestinationRuleInfo[];
  /** DestinationRules of `namespace` whose host covers `host` (R1.5.1), oldest first. */
  destinationRulesCovering(namespace: string, host: string): DestinationRuleInfo[];
  sidecarsIn(namespace: string): readonly SidecarInfo[];
  /** VirtualServices whose normalized gateways list `key` (`mesh` or `ns/name`). */
  virtualServicesBoundTo(key: string): readonly VirtualServiceInfo[];
  pod(namespace: string, name: string): PodInfo | undefined;
  destinationRule(namespace: string, name: string): DestinationRuleInfo | undefined;
  serviceEntry(namespace: string, name: string): ServiceEntryInfo | undefined;
  servicesIn(namespace: string): readonly ServiceInfo[];
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

/** Grouped, then each group sorted oldest first (the same order as sorting everything first: the sort is stable). */
function groupByCreation<T extends Dated>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = group(items, (item) => [keyOf(item)]);
  for (const list of map.values()) list.sort(compareByCreation);
  return map;
}

function byName<T extends { namespace: string; name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(`${item.namespace}/${item.name}`)) map.set(`${item.namespace}/${item.name}`, item);
  return map;
}

const EMPTY: readonly never[] = Object.freeze([]);
const cache = new WeakMap<MeshIndex, IndexLookups>();

interface Tables {
  rulesByHost?: Map<string, DestinationRuleInfo[]>;
  rulesByNamespaceHost?: Map<string, DestinationRuleInfo[]>;
  sidecars?: Map<string, SidecarInfo[]>;
  bound?: Map<string, VirtualServiceInfo[]>;
  rulesByName?: Map<string, DestinationRuleInfo>;
  entriesByName?: Map<string, ServiceEntryInfo>;
  servicesByNamespace?: Map<string, ServiceInfo[]>;
}

const hostKey = (host: string) => (isWildcardHost(host) ? '*' : host);

/** Each table is built on first use, so a query pays only for the lookups it makes. */
export function lookups(index: MeshIndex): IndexLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const t: Tables = {};
  const rulesByHost = () => (t.rulesByHost ??= groupByCreation(index.destinationRules, (r) => hostKey(r.host)));
  const rulesIn = () => (t.rulesByNamespaceHost ??= groupByCreation(index.destinationRules, (r) => `${r.namespace}|${hostKey(r.host)}`));
  const built: IndexLookups = {
    destinationRulesNear: (host) => [...(rulesByHost().get(host) ?? EMPTY), ...(rulesByHost().get('*') ?? EMPTY)],
    destinationRulesCovering(namespace, host) {
      const exact = rulesIn().get(`${namespace}|${host}`) ?? EMPTY;
      const wildcards = (rulesIn().get(`${namespace}|*`) ?? EMPTY).filter((r) => hostMatches(r.host, host));
      return wildcards.length === 0 ? [...exact] : [...exact, ...wildcards].sort(compareByCreation);
    },
    sidecarsIn: (namespace) => (t.sidecars ??= groupByCreation(index.sidecars, (s) => s.namespace)).get(namespace) ?? EMPTY,
    virtualServicesBoundTo: (key) => (t.bound ??= group(index.virtualServices, (v) => [...new Set(v.gateways.map((g) => g.normalized))])).get(key) ?? EMPTY,
    pod: (namespace, name) => index.pod(namespace, name),
    destinationRule: (namespace, name) => (t.rulesByName ??= byName(index.destinationRules)).get(`${namespace}/${name}`),
    serviceEntry: (namespace, name) => (t.entriesByName ??= byName(index.serviceEntries)).get(`${namespace}/${name}`),
    servicesIn: (namespace) => (t.servicesByNamespace ??= group(index.services, (s) => [s.namespace])).get(namespace) ?? EMPTY,
  };
  cache.set(index, built);
  return built;
}

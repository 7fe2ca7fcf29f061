// R5.5.1-R5.5.4 seen from a DestinationRule: does any client of the set find it for any host it names?
import {
  destinationRulesByNamespace, hostServices, invisibility, lookupPath, type MergedDestinationRule,
} from '../../relationships/index.js';
import type { DestinationRuleInfo, MeshIndex } from '../../index/types.js';
import { gatewayPodNamespaces } from './gateway-pods.js';
import { memoize } from './memoize.js';

export interface DestinationRuleUsage {
  /** Namespaces of the set's client proxies (sidecar pods and gateway pods). */
  clients: string[];
  used: boolean;
  /** A client that had this rule on its path and could see it, but uses another one. */
  shadowedBy: { clientNamespace: string; host: string; winner: MergedDestinationRule } | null;
}

const clientsOfSet = memoize((index: MeshIndex): readonly string[] => {
  const out = new Set(index.pods.map((p) => p.namespace));
  for (const gateway of index.gateways) {
    const found = gatewayPodNamespaces(index, gateway);
    if (!found.assumed) for (const ns of found.namespaces) out.add(ns);
  }
  return Object.freeze([...out].sort());
});

export function clientNamespacesOfSet(index: MeshIndex): string[] {
  return [...clientsOfSet(index)];
}

function hostsOf(index: MeshIndex, rule: DestinationRuleInfo): string[] {
  const found = hostServices(index, rule);
  const hosts = new Set<string>(found.services.map((s) => s.fqdn));
  for (const entry of found.serviceEntries) for (const h of entry.hosts) if (!h.startsWith('*')) hosts.add(h);
  if (hosts.size === 0 && found.status === 'OK') hosts.add(rule.host);
  return [...hosts];
}

type Shadow = DestinationRuleUsage['shadowedBy'];

/**
 * One host, every client namespace in order. Namespaces outside `deciding` (and not this rule's own or named by its
 * exportTo) find the same winner and the same lookup path past their own namespace: only the first of them can
 * change the outcome, so the others are skipped.
 */
function usageForHost(index: MeshIndex, rule: DestinationRuleInfo, host: string, clients: readonly string[], shadow: Shadow): { used: boolean; shadow: Shadow } {
  const rules = destinationRulesByNamespace(index, host);
  const decides = (ns: string) => ns === rule.namespace || rules.deciding.has(ns) || rule.exportTo.includes(ns);
  let otherSeen = false;
  for (const clientNamespace of clients) {
    const own = decides(clientNamespace);
    if (!own && otherSeen) continue;
    otherSeen ||= !own;
    const winner = own ? rules.of(clientNamespace) : rules.others;
    if (winner?.rules.includes(rule)) return { used: true, shadow: null };
    if (shadow || !winner || invisibility(rule, clientNamespace, null) !== null) continue;
    if (lookupPath(index, host, clientNamespace).some((p) => p.namespace === rule.namespace)) shadow = { clientNamespace, host, winner };
  }
  return { used: false, shadow };
}

const usages = memoize((): Map<DestinationRuleInfo, DestinationRuleUsage | null> => new Map());

/** null when the rule is out of scope (workloadSelector, unknown host, no client pods in the set). Memoized per index (MX0021, MX0022). */
export function destinationRuleUsage(index: MeshIndex, rule: DestinationRuleInfo): DestinationRuleUsage | null {
  const known = usages(index);
  if (!known.has(rule)) known.set(rule, computeUsage(index, rule));
  return known.get(rule) ?? null;
}

function computeUsage(index: MeshIndex, rule: DestinationRuleInfo): DestinationRuleUsage | null {
  if (rule.workloadSelector) return null;
  const clients = clientsOfSet(index);
  const hosts = hostsOf(index, rule);
  if (clients.length === 0 || hosts.length === 0) return null;
  let shadowedBy: Shadow = null;
  for (const host of hosts) {
    const found = usageForHost(index, rule, host, clients, shadowedBy);
    if (found.used) return { clients: [...clients], used: true, shadowedBy: null };
    shadowedBy = found.shadow;
  }
  return { clients: [...clients], used: false, shadowedBy };
}

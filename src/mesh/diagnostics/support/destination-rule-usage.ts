// R5.5.1-R5.5.4 seen from a DestinationRule: does any client of the set find it for any host it names?
import { destinationRuleFor, hostServices, invisibility, lookupPath, type MergedDestinationRule } from '../../relationships/index.js';
import type { DestinationRuleInfo, MeshIndex } from '../../index/types.js';
import { gatewayPodNamespaces } from './gateway-pods.js';

export interface DestinationRuleUsage {
  /** Namespaces of the set's client proxies (sidecar pods and gateway pods). */
  clients: string[];
  used: boolean;
  /** A client that had this rule on its path and could see it, but uses another one. */
  shadowedBy: { clientNamespace: string; host: string; winner: MergedDestinationRule } | null;
}

export function clientNamespacesOfSet(index: MeshIndex): string[] {
  const out = new Set(index.pods.map((p) => p.namespace));
  for (const gateway of index.gateways) {
    const found = gatewayPodNamespaces(index, gateway);
    if (!found.assumed) for (const ns of found.namespaces) out.add(ns);
  }
  return [...out].sort();
}

function hostsOf(index: MeshIndex, rule: DestinationRuleInfo): string[] {
  const found = hostServices(index, rule);
  const hosts = new Set<string>(found.services.map((s) => s.fqdn));
  for (const entry of found.serviceEntries) for (const h of entry.hosts) if (!h.startsWith('*')) hosts.add(h);
  if (hosts.size === 0 && found.status === 'OK') hosts.add(rule.host);
  return [...hosts];
}

/** null when the rule is out of scope (workloadSelector, unknown host, no client pods in the set). */
export function destinationRuleUsage(index: MeshIndex, rule: DestinationRuleInfo): DestinationRuleUsage | null {
  if (rule.workloadSelector) return null;
  const clients = clientNamespacesOfSet(index);
  const hosts = hostsOf(index, rule);
  if (clients.length === 0 || hosts.length === 0) return null;
  let shadowedBy: DestinationRuleUsage['shadowedBy'] = null;
  for (const host of hosts) {
    for (const clientNamespace of clients) {
      const choice = destinationRuleFor(index, host, clientNamespace);
      if (choice.rule?.rules.includes(rule)) return { clients, used: true, shadowedBy: null };
      const onPath = lookupPath(index, host, clientNamespace).some((p) => p.namespace === rule.namespace);
      if (!shadowedBy && choice.rule && onPath && invisibility(rule, clientNamespace, null) === null) {
        shadowedBy = { clientNamespace, host, winner: choice.rule };
      }
    }
  }
  return { clients, used: false, shadowedBy };
}

// DestinationRule -> Services / ServiceEntries its host names (R1.1.4, R5.5.5).
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { DestinationRuleInfo, MeshIndex, ServiceEntryInfo, ServiceInfo } from '../index/types.js';
import { citation, edge, hostNode, hostOfNode, resourceNode, type Relation, type RelationNode } from './relation.js';
import { defineRelation } from './define-relation.js';
import { lookups } from './index-lookups.js';

export interface HostServices {
  services: ServiceInfo[];
  serviceEntries: ServiceEntryInfo[];
  status: 'OK' | 'MISSING';
  reason: string;
}

export function hostServices(index: MeshIndex, rule: DestinationRuleInfo): HostServices {
  const wildcard = isWildcardHost(rule.host);
  const exact = index.serviceByFqdn(rule.host);
  const services = wildcard ? index.services.filter((s) => hostMatches(rule.host, s.fqdn)) : exact ? [exact] : [];
  const serviceEntries = index.serviceEntriesForHost(rule.host);
  const expanded = rule.hostRaw.toLowerCase() !== rule.host ? ` (host "${rule.hostRaw}" expanded in ${rule.namespace}, R1.1.4)` : '';
  if (services.length === 0 && serviceEntries.length === 0) {
    return { services, serviceEntries, status: 'MISSING', reason: `host ${rule.host}${expanded} matches no Service or ServiceEntry: the rule is ignored (R5.5.5)` };
  }
  return { services, serviceEntries, status: 'OK', reason: `host ${rule.host}${expanded} matches ${services.length} Service(s) and ${serviceEntries.length} ServiceEntry(ies)` };
}

/** Rules whose host may name the node: rules near its host; for a ServiceEntry with a wildcard host, every rule. */
function candidateRules(index: MeshIndex, node: RelationNode): readonly DestinationRuleInfo[] {
  if (node.kind === 'ServiceEntry') {
    const entry = node.namespace ? lookups(index).serviceEntry(node.namespace, node.name) : undefined;
    if (!entry) return [];
    if (entry.hosts.some(isWildcardHost)) return index.destinationRules;
    return entry.hosts.flatMap((h) => lookups(index).destinationRulesNear(h));
  }
  const host = hostOfNode(node, index.domainSuffix);
  return host ? lookups(index).destinationRulesNear(host) : [];
}

export const destinationRuleServicesRelation: Relation = defineRelation<DestinationRuleInfo>({
  name: 'destination-rule-services',
  description: 'DestinationRule -> the Services/ServiceEntries its host names; MISSING when none (the rule is ignored, R5.5.5)',
  sources: (index) => index.destinationRules,
  sourceOf: (index, node) => (node.kind === 'DestinationRule' && node.namespace ? lookups(index).destinationRule(node.namespace, node.name) : undefined),
  edgesOf(index, rule) {
    const from = resourceNode(rule.resource);
    const found = hostServices(index, rule);
    const source = citation(rule.resource, 'spec.host');
    const targets = [...found.services.map((s) => s.resource), ...found.serviceEntries.map((e) => e.resource)];
    if (targets.length === 0) return [edge(from, hostNode(rule.host, index.domainSuffix), 'applies-to', 'MISSING', found.reason, source)];
    return targets.map((t) => edge(from, resourceNode(t), 'applies-to', 'OK', null, source));
  },
  candidates: candidateRules,
});

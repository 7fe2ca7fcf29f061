// DestinationRule -> Services / ServiceEntries its host names (R1.1.4, R5.5.5).
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { DestinationRuleInfo, MeshIndex, ServiceEntryInfo, ServiceInfo } from '../index/types.js';
import { domainSuffixOf } from '../index/extra-types.js';
import { citation, edge, hostNode, resourceNode, type Relation, type RelationEdge } from './relation.js';

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

export const destinationRuleServicesRelation: Relation = Object.freeze({
  name: 'destination-rule-services',
  description: 'DestinationRule -> the Services/ServiceEntries its host names; MISSING when none (the rule is ignored, R5.5.5)',
  edges(index: MeshIndex): RelationEdge[] {
    return index.destinationRules.flatMap((rule) => {
      const from = resourceNode(rule.resource);
      const found = hostServices(index, rule);
      const source = citation(rule.resource, 'spec.host');
      const targets = [...found.services.map((s) => s.resource), ...found.serviceEntries.map((e) => e.resource)];
      if (targets.length === 0) return [edge(from, hostNode(rule.host, domainSuffixOf(index)), 'applies-to', 'MISSING', found.reason, source)];
      return targets.map((t) => edge(from, resourceNode(t), 'applies-to', 'OK', null, source));
    });
  },
});

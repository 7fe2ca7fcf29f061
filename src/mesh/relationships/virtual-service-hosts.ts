// VirtualService hosts -> Service / ServiceEntry / nothing, and why (R1.1.1-R1.1.3, R1.4.1, R1.5.1, R5.1.3).
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { MeshIndex, ServiceEntryInfo, ServiceInfo, VirtualServiceInfo } from '../index/types.js';
import { citation, edge, hostNode, hostOfNode, resourceNode, type EdgeStatus, type Relation, type RelationNode } from './relation.js';
import { defineRelation } from './define-relation.js';
import { lookups } from './index-lookups.js';
import { reverseLookups } from './reverse-lookups.js';

export interface ResolvedHost {
  raw: string;
  fqdn: string;
  fieldPath: string;
  resolution: 'Service' | 'ServiceEntry' | 'wildcard' | 'none';
  services: ServiceInfo[];
  serviceEntries: ServiceEntryInfo[];
  /** MISSING when the name looks like a registry Service that does not exist. */
  status: EdgeStatus;
  reason: string;
}

function expansion(raw: string, fqdn: string, namespace: string): string {
  if (raw === '*' || isWildcardHost(raw)) return `wildcard "${raw}" (R1.5.1)`;
  if (raw.includes('.')) return `"${raw}" contains a dot, taken literally (R1.1.1)`;
  return `short name "${raw}" expanded in the VirtualService namespace ${namespace} to ${fqdn} (R1.1.1)`;
}

/** A dotted name such as `reviews.default` that is one step from a real Service is the R1.1.1 trap. */
function looksLikeService(index: MeshIndex, raw: string, fqdn: string): string | null {
  if (fqdn.endsWith(`.svc.${index.domainSuffix}`)) return 'it has the form of a Kubernetes Service name but no such Service exists';
  const [name, namespace, ...rest] = fqdn.split('.');
  if (raw.includes('.') && namespace && (rest.length === 0 || rest.join('.') === 'svc') && index.service(namespace, name)) {
    return `Service ${namespace}/${name} exists, but only its full name ${name}.${namespace}.svc.${index.domainSuffix} reaches it (R1.1.1)`;
  }
  return null;
}

export function virtualServiceHosts(index: MeshIndex, virtualService: VirtualServiceInfo): ResolvedHost[] {
  return virtualService.hosts.map(({ raw, fqdn, fieldPath }): ResolvedHost => {
    const how = expansion(raw, fqdn, virtualService.namespace);
    const base = { raw, fqdn, fieldPath };
    if (isWildcardHost(fqdn)) {
      const services = index.services.filter((s) => hostMatches(fqdn, s.fqdn));
      const serviceEntries = index.serviceEntries.filter((e) => e.hosts.some((h) => hostMatches(fqdn, h)));
      return { ...base, resolution: 'wildcard', services, serviceEntries, status: 'OK', reason: `${how}: covers ${services.length} Service(s) and ${serviceEntries.length} ServiceEntry(ies)` };
    }
    const service = index.serviceByFqdn(fqdn);
    if (service) return { ...base, resolution: 'Service', services: [service], serviceEntries: [], status: 'OK', reason: `${how}: Service ${service.namespace}/${service.name}` };
    const serviceEntries = index.serviceEntriesForHost(fqdn);
    if (serviceEntries.length > 0) return { ...base, resolution: 'ServiceEntry', services: [], serviceEntries, status: 'OK', reason: `${how}: ServiceEntry host, used as written (R5.1.3)` };
    const trap = looksLikeService(index, raw, fqdn);
    if (trap) return { ...base, resolution: 'none', services: [], serviceEntries: [], status: 'MISSING', reason: `${how}: ${trap}` };
    return { ...base, resolution: 'none', services: [], serviceEntries: [], status: 'OK', reason: `${how}: not a Service or ServiceEntry of the set; matched only by this Host name (R1.4.1, R1.6.1)` };
  });
}

/** VirtualServices whose hosts may resolve to the node: its exact host, every wildcard one, hosts a ServiceEntry wildcard covers. */
function candidateVirtualServices(index: MeshIndex, node: RelationNode): VirtualServiceInfo[] {
  const reverse = reverseLookups(index);
  if (node.kind === 'ServiceEntry') {
    const entry = node.namespace ? lookups(index).serviceEntry(node.namespace, node.name) : undefined;
    if (!entry) return [];
    const wildcards = entry.hosts.filter(isWildcardHost);
    const covered = wildcards.length === 0 ? [] : [...reverse.virtualServiceHosts()].filter((h) => wildcards.some((w) => hostMatches(w, h)));
    return [...entry.hosts, ...covered].flatMap((h) => reverse.virtualServicesWithHost(h)).concat(reverse.wildcardVirtualServices());
  }
  const host = hostOfNode(node, index.domainSuffix);
  if (!host) return [];
  const exists = node.kind === 'Service' && node.namespace !== null && index.service(node.namespace, node.name) !== undefined;
  return exists ? [...reverse.virtualServicesWithHost(host), ...reverse.wildcardVirtualServices()] : [...reverse.virtualServicesWithHost(host)];
}

export const virtualServiceHostsRelation: Relation = defineRelation<VirtualServiceInfo>({
  name: 'virtual-service-hosts',
  description: 'VirtualService host -> the Service or ServiceEntry it names (MISSING when it names a Service that does not exist)',
  sources: (index) => index.virtualServices,
  sourceOf: (index, node) => (node.kind === 'VirtualService' && node.namespace ? index.virtualService(node.namespace, node.name) : undefined),
  edgesOf(index, virtualService) {
    const from = resourceNode(virtualService.resource);
    return virtualServiceHosts(index, virtualService).flatMap((h) => {
      const source = citation(virtualService.resource, h.fieldPath);
      const targets = [...h.services.map((s) => s.resource), ...h.serviceEntries.map((e) => e.resource)];
      if (targets.length > 0) return targets.map((t) => edge(from, resourceNode(t), 'host', 'OK', h.reason, source));
      return h.status === 'MISSING' ? [edge(from, hostNode(h.fqdn, index.domainSuffix), 'host', 'MISSING', h.reason, source)] : [];
    });
  },
  candidates: candidateVirtualServices,
});

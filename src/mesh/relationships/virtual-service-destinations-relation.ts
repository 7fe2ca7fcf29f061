// The destinations relation, as graph edges: per VirtualService on demand (memoized per index).
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { citation, edge, hostNode, hostOfNode, resourceNode, type Relation, type RelationNode } from './relation.js';
import { defineRelation } from './define-relation.js';
import { lookups } from './index-lookups.js';
import { reverseLookups } from './reverse-lookups.js';
import { virtualServiceDestinations, type VirtualServiceDestination } from './virtual-service-destinations.js';

const cache = new WeakMap<MeshIndex, Map<VirtualServiceInfo, VirtualServiceDestination[]>>();

/** The destinations of one VirtualService, DestinationRules looked up from its namespace (memoized per index). */
export function destinationsOf(index: MeshIndex, virtualService: VirtualServiceInfo): VirtualServiceDestination[] {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  let found = perIndex.get(virtualService);
  if (!found) perIndex.set(virtualService, (found = virtualServiceDestinations(index, virtualService)));
  return found;
}

const everything = new WeakMap<MeshIndex, VirtualServiceDestination[]>();

/** Every destination of every VirtualService (the whole set: slow on a large mesh; memoized per index). */
export function allVirtualServiceDestinations(index: MeshIndex): VirtualServiceDestination[] {
  let found = everything.get(index);
  if (!found) everything.set(index, (found = index.virtualServices.flatMap((v) => destinationsOf(index, v))));
  return found;
}

function label(d: VirtualServiceDestination): string {
  const parts = [d.role === 'mirror' ? 'mirror' : d.protocol, d.port !== null ? `port ${d.port}` : '', d.subset ? `subset ${d.subset}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Destination hosts that may resolve to the node: its own host, ExternalName aliases of it, hosts a ServiceEntry wildcard covers. */
function candidateHosts(index: MeshIndex, node: RelationNode): string[] {
  const reverse = reverseLookups(index);
  if (node.kind === 'ServiceEntry') {
    const entry = node.namespace ? lookups(index).serviceEntry(node.namespace, node.name) : undefined;
    if (!entry) return [];
    const wildcards = entry.hosts.filter(isWildcardHost);
    const covered = wildcards.length === 0 ? [] : [...reverse.destinationHosts()].filter((h) => wildcards.some((w) => hostMatches(w, h)));
    return [...entry.hosts, ...covered];
  }
  const service = node.kind === 'Service' && node.namespace ? index.service(node.namespace, node.name) : undefined;
  if (service) return [service.fqdn, ...reverse.aliasesOf(service).map((s) => s.fqdn)];
  const host = hostOfNode(node, index.domainSuffix);
  return host ? [host] : [];
}

export const virtualServiceDestinationsRelation: Relation = defineRelation<VirtualServiceInfo>({
  name: 'virtual-service-destinations',
  description: 'VirtualService route destination -> Service/ServiceEntry (+ port + subset); MISSING with the reason when it cannot be reached',
  sources: (index) => index.virtualServices,
  sourceOf: (index, node) => (node.kind === 'VirtualService' && node.namespace ? index.virtualService(node.namespace, node.name) : undefined),
  edgesOf(index, virtualService) {
    return destinationsOf(index, virtualService).map((d) => {
      const target = d.service ?? d.serviceEntries[0];
      const to = target ? resourceNode(target.resource) : hostNode(d.host, index.domainSuffix);
      const reason = d.status === 'MISSING' ? d.reason : `${label(d)}: ${d.pods.length} pod(s)`;
      return edge(resourceNode(d.virtualService.resource), to, 'routes-to', d.status, reason, citation(d.virtualService.resource, d.fieldPath));
    });
  },
  candidates: (index, node) => candidateHosts(index, node).flatMap((h) => reverseLookups(index).virtualServicesRoutingTo(h)),
});

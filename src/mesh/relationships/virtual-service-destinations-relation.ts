// The destinations relation over the whole index (memoized per index), as graph edges.
import type { MeshIndex } from '../index/types.js';
import { domainSuffixOf } from '../index/extra-types.js';
import { citation, edge, hostNode, resourceNode, type Relation, type RelationEdge } from './relation.js';
import { virtualServiceDestinations, type VirtualServiceDestination } from './virtual-service-destinations.js';

const cache = new WeakMap<MeshIndex, VirtualServiceDestination[]>();

/** Every destination of every VirtualService, DestinationRules looked up from the VirtualService namespace. */
export function allVirtualServiceDestinations(index: MeshIndex): VirtualServiceDestination[] {
  let found = cache.get(index);
  if (!found) cache.set(index, (found = index.virtualServices.flatMap((v) => virtualServiceDestinations(index, v))));
  return found;
}

function label(d: VirtualServiceDestination): string {
  const parts = [d.role === 'mirror' ? 'mirror' : d.protocol, d.port !== null ? `port ${d.port}` : '', d.subset ? `subset ${d.subset}` : ''];
  return parts.filter(Boolean).join(' ');
}

export const virtualServiceDestinationsRelation: Relation = Object.freeze({
  name: 'virtual-service-destinations',
  description: 'VirtualService route destination -> Service/ServiceEntry (+ port + subset); MISSING with the reason when it cannot be reached',
  edges(index: MeshIndex): RelationEdge[] {
    return allVirtualServiceDestinations(index).map((d) => {
      const target = d.service ?? d.serviceEntries[0];
      const to = target ? resourceNode(target.resource) : hostNode(d.host, domainSuffixOf(index));
      const reason = d.status === 'MISSING' ? d.reason : `${label(d)}: ${d.pods.length} pod(s)`;
      return edge(resourceNode(d.virtualService.resource), to, 'routes-to', d.status, reason, citation(d.virtualService.resource, d.fieldPath));
    });
  },
});

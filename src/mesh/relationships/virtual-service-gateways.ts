// VirtualService -> Gateways named in `gateways` (R2.1.1-R2.1.4): `mesh`, or `ns/name` found or MISSING.
import type { GatewayInfo, GatewayRefInfo, MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { citation, edge, missingNode, resourceNode, type EdgeStatus, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';
import { lookups } from './index-lookups.js';

export interface ResolvedGatewayRef {
  ref: GatewayRefInfo;
  gateway: GatewayInfo | null;
  status: EdgeStatus;
  reason: string;
}

export function virtualServiceGateways(index: MeshIndex, virtualService: VirtualServiceInfo): ResolvedGatewayRef[] {
  return virtualService.gateways.map((ref): ResolvedGatewayRef => {
    if (ref.normalized === 'mesh') {
      const why = virtualService.gatewaysDefaulted ? 'no gateways listed: applies to sidecars only (R2.1.1)' : 'mesh: applies to sidecars (R2.1.2)';
      return { ref, gateway: null, status: 'OK', reason: why };
    }
    const [namespace, name] = ref.normalized.split('/');
    const gateway = index.gateway(namespace, name) ?? null;
    const normalized = ref.raw === ref.normalized ? '' : ` ("${ref.raw}" normalized to ${ref.normalized}, R2.1.3)`;
    return gateway
      ? { ref, gateway, status: 'OK', reason: `bound to Gateway ${ref.normalized}${normalized}` }
      : { ref, gateway: null, status: 'MISSING', reason: `Gateway ${ref.normalized} does not exist in the set${normalized}` };
  });
}

export const virtualServiceGatewaysRelation: Relation = defineRelation<VirtualServiceInfo>({
  name: 'virtual-service-gateways',
  description: 'VirtualService -> the Gateways (or mesh) it is bound to; MISSING when a named Gateway does not exist',
  sources: (index) => index.virtualServices,
  sourceOf: (index, node) => (node.kind === 'VirtualService' && node.namespace ? index.virtualService(node.namespace, node.name) : undefined),
  edgesOf(index, virtualService) {
    const from = resourceNode(virtualService.resource);
    return virtualServiceGateways(index, virtualService).map((g) => {
      const source = citation(virtualService.resource, g.ref.fieldPath);
      if (g.gateway) return edge(from, resourceNode(g.gateway.resource), 'bound-to', 'OK', g.reason, source);
      if (g.ref.normalized === 'mesh') return edge(from, missingNode('Mesh', null, 'mesh'), 'bound-to', 'OK', g.reason, source);
      const [namespace, name] = g.ref.normalized.split('/');
      return edge(from, missingNode('Gateway', namespace, name), 'bound-to', 'MISSING', g.reason, source);
    });
  },
  candidates(index, node) {
    if (node.kind === 'Mesh') return lookups(index).virtualServicesBoundTo('mesh');
    return node.kind === 'Gateway' && node.namespace ? lookups(index).virtualServicesBoundTo(`${node.namespace}/${node.name}`) : [];
  },
});

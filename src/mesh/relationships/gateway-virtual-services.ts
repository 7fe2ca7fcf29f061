// Gateway <- VirtualServices bound to it: `gateways` field (R7.5.1), exportTo to the gateway pods' namespace (R2.3.3)
// and host intersection with the namespace-filtered server hosts (R1.6.2, R7.4.1, R7.4.2).
import { intersectHosts, isExportedTo } from '../hosts.js';
import type { GatewayInfo, MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { lookups } from './index-lookups.js';
import { gatewayPods } from './gateway-pods.js';
import { citation, edge, resourceNode, type EdgeStatus, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';

export interface GatewayBinding {
  virtualService: VirtualServiceInfo;
  /** Per server: the intersected hosts (the gateway vhost domains this VirtualService contributes). */
  hosts: { server: number; host: string }[];
  status: EdgeStatus;
  reason: string;
}

/** R7.4.1 + R1.6.2: hosts of `virtualService` that a server of `gateway` accepts. */
export function gatewayHostIntersection(gateway: GatewayInfo, virtualService: VirtualServiceInfo): { server: number; host: string }[] {
  const out: { server: number; host: string }[] = [];
  for (const server of gateway.servers) {
    for (const serverHost of server.hosts) {
      if (serverHost.namespace !== '*' && serverHost.namespace !== virtualService.namespace) continue;
      for (const h of virtualService.hosts) {
        const host = intersectHosts(serverHost.dnsName, h.fqdn);
        if (host && !out.some((o) => o.server === server.index && o.host === host)) out.push({ server: server.index, host });
      }
    }
  }
  return out;
}

export function gatewayVirtualServices(index: MeshIndex, gateway: GatewayInfo): GatewayBinding[] {
  const podNamespaces = gatewayPods(index, gateway).namespaces;
  return lookups(index).virtualServicesBoundTo(gateway.key).map((virtualService): GatewayBinding => {
    const visible = podNamespaces.filter((ns) => isExportedTo(virtualService.exportTo, virtualService.namespace, ns));
    if (visible.length === 0) {
      return { virtualService, hosts: [], status: 'MISSING', reason: `not exported to the gateway pods' namespace ${podNamespaces.join(', ')} (exportTo ${JSON.stringify(virtualService.exportTo)}, R2.3.3)` };
    }
    const hosts = gatewayHostIntersection(gateway, virtualService);
    if (hosts.length === 0) {
      return { virtualService, hosts, status: 'MISSING', reason: `no host of the VirtualService intersects a server host of ${gateway.key} open to namespace ${virtualService.namespace} (R7.4.1, R7.4.2)` };
    }
    return { virtualService, hosts, status: 'OK', reason: `bound through hosts ${[...new Set(hosts.map((h) => h.host))].join(', ')} (R7.5.1, R1.6.2)` };
  });
}

export const gatewayVirtualServicesRelation: Relation = defineRelation<GatewayInfo>({
  name: 'gateway-virtual-services',
  description: 'Gateway -> VirtualServices bound to it; MISSING when the binding has no effect (not exported, no common host)',
  sources: (index) => index.gateways,
  sourceOf: (index, node) => (node.kind === 'Gateway' && node.namespace ? index.gateway(node.namespace, node.name) : undefined),
  edgesOf(index, gateway) {
    const from = resourceNode(gateway.resource);
    return gatewayVirtualServices(index, gateway).map((b) => {
      const ref = b.virtualService.gateways.find((g) => g.normalized === gateway.key);
      return edge(from, resourceNode(b.virtualService.resource), 'binds', b.status, b.reason, citation(b.virtualService.resource, ref?.fieldPath ?? 'spec.gateways'));
    });
  },
  candidates(index, node) {
    const virtualService = node.kind === 'VirtualService' && node.namespace ? index.virtualService(node.namespace, node.name) : undefined;
    return (virtualService?.gateways ?? []).flatMap((g) => {
      const slash = g.normalized.indexOf('/');
      const gateway = slash < 0 ? undefined : index.gateway(g.normalized.slice(0, slash), g.normalized.slice(slash + 1));
      return gateway ? [gateway] : [];
    });
  },
});

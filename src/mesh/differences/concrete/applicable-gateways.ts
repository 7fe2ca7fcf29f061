// Gateways that gateway-bound VirtualServices of the host name (R2.1.3, R7.5.1).
import type { MeshIndex } from '../../index/types.js';
import type { AppliedGateway, AppliedVirtualService } from './host-comparison-types.js';

export function applicableGateways(index: MeshIndex, virtualServices: readonly AppliedVirtualService[]): AppliedGateway[] {
  const byKey = new Map<string, AppliedGateway>();
  for (const v of virtualServices) {
    for (const ref of v.gateways) {
      if (ref === 'mesh') continue;
      const [namespace, name] = ref.split('/');
      const gateway = index.gateway(namespace ?? '', name ?? '');
      if (!gateway) continue;
      let entry = byKey.get(gateway.key);
      if (!entry) {
        entry = {
          namespace: gateway.namespace, name: gateway.name,
          servers: gateway.servers.map((s) => ({ port: s.port.number, protocol: s.port.protocol, hosts: s.hosts.map((h) => h.raw) })),
          virtualServices: [], source: index.cite(gateway.resource, 'spec.servers'),
        };
        byKey.set(gateway.key, entry);
      }
      entry.virtualServices.push(`${v.namespace}/${v.name}`);
    }
  }
  return [...byKey.values()];
}

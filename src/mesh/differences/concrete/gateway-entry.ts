// Host and port to send through a Gateway so that a gateway-bound VirtualService is reached (R1.6.1, R7.4.1).
import type { MeshIndex, ServiceInfo, VirtualServiceInfo } from '../../index/types.js';
import { intersectHosts } from '../../hosts.js';

const HTTP_PROTOCOLS = new Set(['HTTP', 'HTTP2', 'GRPC', 'HTTPS']);

/** A concrete Host for a (possibly wildcard) intersection: `*` becomes the Service FQDN, `*.x` becomes `sample.x`. */
function concreteHost(name: string, service: ServiceInfo): string {
  if (name === '*') return service.fqdn;
  return name.startsWith('*') ? `sample${name.slice(1)}` : name;
}

export function gatewayEntry(index: MeshIndex, v: VirtualServiceInfo, ref: string, service: ServiceInfo): { host: string; port: number } | undefined {
  const [namespace, name] = ref.split('/');
  const gateway = index.gateway(namespace ?? '', name ?? '');
  if (!gateway) return undefined;
  for (const server of gateway.servers) {
    if (!HTTP_PROTOCOLS.has(server.port.protocol.toUpperCase()) || server.tlsMode === 'PASSTHROUGH') continue;
    for (const serverHost of server.hosts) {
      if (serverHost.namespace !== '*' && serverHost.namespace !== v.namespace) continue;
      for (const h of v.hosts) {
        const common = intersectHosts(serverHost.dnsName, h.fqdn);
        if (common !== undefined) return { host: concreteHost(common, service), port: server.port.number };
      }
    }
  }
  return undefined;
}

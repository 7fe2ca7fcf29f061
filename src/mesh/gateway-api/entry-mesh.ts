// Stage 'entry' (GAMMA): a mesh client calls a Service host; the Service is found through the client's DNS
// search path, and the port must be one of the Service's ports.
import { domainSuffixOf } from '../index/extra-types.js';
import type { MeshIndex } from '../index/types.js';
import { dnsNames } from '../routing/dns.js';
import type { GatewayApiParent } from './types.js';

export function findMeshParent(index: MeshIndex, hostname: string, port: number, sourceNamespace: string): (GatewayApiParent & { kind: 'Service' }) | null {
  for (const name of dnsNames(hostname, sourceNamespace, domainSuffixOf(index))) {
    const service = index.serviceByFqdn(name);
    if (!service) continue;
    const servicePort = service.ports.find((p) => p.port === port);
    return servicePort ? { kind: 'Service', service, port: servicePort } : null;
  }
  return null;
}

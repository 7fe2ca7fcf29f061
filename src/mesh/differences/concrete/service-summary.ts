// What the Service alone offers: ports, targetPorts, Istio protocol, ready endpoints and equal share.
import type { MeshIndex, ServiceInfo } from '../../index/types.js';
import type { ServiceSummary } from './host-comparison-types.js';
import { readyEndpoints } from './kubernetes-outcome.js';

export function serviceSummary(index: MeshIndex, service: ServiceInfo): ServiceSummary {
  return {
    namespace: service.namespace,
    name: service.name,
    fqdn: service.fqdn,
    type: service.type,
    headless: service.headless,
    clusterIP: service.clusterIP,
    selector: service.selector ? { ...service.selector } : null,
    ports: service.ports.map((p) => {
      const endpoints = readyEndpoints(index, service, p);
      return {
        name: p.name,
        port: p.port,
        targetPort: p.targetPort,
        istioProtocol: p.istio.protocol,
        protocolReason: p.istio.reason,
        httpRouting: p.istio.http || p.istio.sniffed,
        endpoints,
        readyEndpoints: endpoints.length,
        sharePercent: endpoints.length > 0 ? Math.round(10000 / endpoints.length) / 100 : null,
      };
    }),
    source: index.cite(service.resource, ''),
  };
}

// Istio's synthetic backendRef kind `networking.istio.io/Hostname`: a registry host by name (a Service FQDN or
// a ServiceEntry host), port required, namespace not allowed (istio/istio: pilot/pkg/config/kube/gateway/
// conversion.go, `buildDestination`). Istio keeps the destination even when no Service or ServiceEntry defines
// the host: the route then names a cluster the proxy does not have, and Envoy answers 503 NC (R4.13.1).
import type { MeshIndex, ServiceEntryInfo, ServiceInfo, ServicePortInfo } from '../index/types.js';

export const ISTIO_NETWORKING_GROUP = 'networking.istio.io';

export function isHostnameKind(group: string, kind: string): boolean {
  return group === ISTIO_NETWORKING_GROUP && kind === 'Hostname';
}

export interface HostnameBackend {
  host: string;
  service: ServiceInfo | null;
  servicePort: ServicePortInfo | null;
  serviceEntry: ServiceEntryInfo | null;
  /** The backendRef is refused (its requests get 500), or null. */
  invalid: string | null;
  /** The route keeps the backend but the proxy has no such cluster (503 NC, R4.13.1), or null. */
  missingCluster: string | null;
}

export function resolveHostnameBackend(index: MeshIndex, ref: Record<string, unknown>, name: string, port: number | null): HostnameBackend {
  const host = name.toLowerCase();
  const none = { host, service: null, servicePort: null, serviceEntry: null, invalid: null, missingCluster: null };
  if (port === null) return { ...none, invalid: 'a Hostname backendRef must name a port' };
  if (ref.namespace !== undefined && ref.namespace !== null) return { ...none, invalid: 'namespace may not be set on a Hostname backendRef' };
  const cluster = `outbound|${port}||${host}`;
  const service = index.serviceByFqdn(host) ?? null;
  if (service) {
    const servicePort = service.ports.find((p) => p.port === port) ?? null;
    if (servicePort) return { ...none, service, servicePort };
    return { ...none, service, missingCluster: `Service ${service.namespace}/${service.name} has no port ${port}, so the proxy has no cluster ${cluster}: Envoy answers 503 (NC)` };
  }
  const serviceEntry = index.serviceEntries.find((e) => e.hosts.includes(host)) ?? null;
  if (serviceEntry) {
    if (serviceEntry.ports.some((p) => p.number === port)) return { ...none, serviceEntry };
    return { ...none, serviceEntry, missingCluster: `ServiceEntry ${serviceEntry.namespace}/${serviceEntry.name} has no port ${port}, so the proxy has no cluster ${cluster}: Envoy answers 503 (NC)` };
  }
  return { ...none, missingCluster: `no Service or ServiceEntry defines host ${host}, so the proxy has no cluster ${cluster}: Envoy answers 503 (NC)` };
}

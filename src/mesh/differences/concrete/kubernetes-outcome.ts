// What the Service alone (kube-proxy, no mesh) does with a request to one of its ports (reference §6).
import type { EndpointInfo, MeshIndex, ServiceInfo, ServicePortInfo } from '../../index/types.js';
import { resourceKey } from '../../model.js';
import type { RouteEndpoint } from '../../routing/types.js';
import type { KubernetesOutcome } from './host-comparison-types.js';

export function toRouteEndpoint(e: EndpointInfo): RouteEndpoint {
  return {
    pod: e.pod ? `${e.pod.namespace}/${e.pod.name}` : (e.ip ?? 'unknown'),
    workload: e.pod ? resourceKey(e.pod.workload) : 'EndpointSlice',
    ip: e.ip,
    port: e.port,
    ready: e.ready,
    readinessAssumed: e.pod?.readinessAssumed ?? false,
  };
}

/** `Deployment/default/reviews-v1` -> `reviews-v1`; unique, in first-seen order. */
export function workloadNames(endpoints: readonly RouteEndpoint[]): string[] {
  return [...new Set(endpoints.map((e) => e.workload.split('/').pop() ?? e.workload))];
}

export function readyEndpoints(index: MeshIndex, service: ServiceInfo, port: ServicePortInfo): RouteEndpoint[] {
  return index.endpoints(service, port).filter((e) => e.ready && e.problem === null).map(toRouteEndpoint);
}

/** R6.5.1: L4 only, random ready endpoint per connection; R6.1.2: ready endpoints only. */
export function kubernetesOutcome(index: MeshIndex, service: ServiceInfo, portNumber: number | null | undefined): KubernetesOutcome {
  const port = service.ports.find((p) => p.port === portNumber);
  if (!port) {
    return {
      service: { kind: 'Service', namespace: service.namespace, name: service.name }, port: portNumber ?? null, targetPort: null,
      endpoints: [], workloads: [], sharePercent: null,
      summary: `Service ${service.namespace}/${service.name} has no port ${portNumber ?? '(none)'}: the connection is not forwarded.`,
    };
  }
  const endpoints = readyEndpoints(index, service, port);
  const share = endpoints.length > 0 ? Math.round((10000 / endpoints.length)) / 100 : null;
  const workloads = workloadNames(endpoints);
  const summary = endpoints.length === 0
    ? `kube-proxy has no ready endpoint for ${service.name}:${port.port}; the connection fails.`
    : endpoints.length === 1
      ? `kube-proxy sends the connection to ${service.name}:${port.port} -> targetPort ${port.targetPort} on the only ready Pod (${workloads.join(', ')}), whatever the path or headers.`
      : `kube-proxy sends the connection to ${service.name}:${port.port} -> targetPort ${port.targetPort} on one of ${endpoints.length} ready Pods of ${workloads.join(', ')}, chosen at random (${share}% each), whatever the path or headers.`;
  return {
    service: { kind: 'Service', namespace: service.namespace, name: service.name },
    port: port.port, targetPort: port.targetPort, endpoints, workloads, sharePercent: share, summary,
  };
}

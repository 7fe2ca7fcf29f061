// What plain Kubernetes would do with the same request (§6): kube-proxy maps ClusterIP:port to targetPort on
// any ready endpoint, equal share, no look at Host, path or headers (R6.5.1); headless and ExternalName
// Services are not proxied at all (§6.4).
import { domainSuffixOf } from '../../index/extra-types.js';
import type { ServiceInfo } from '../../index/types.js';
import { isIpAddress } from '../../hosts.js';
import type { SimulationContext } from '../context.js';
import { dnsNames } from '../dns.js';
import type { KubernetesView, RouteEndpoint } from '../types.js';
import { toRouteEndpoint } from './endpoints.js';

function findService(ctx: SimulationContext): ServiceInfo | undefined {
  const { hostname, address, sourceNamespace } = ctx.request;
  const ip = address ?? (isIpAddress(hostname) ? hostname : null);
  if (ip) return ctx.index.services.find((s) => s.clusterIP === ip);
  for (const name of dnsNames(hostname, sourceNamespace, domainSuffixOf(ctx.index))) {
    const found = ctx.index.serviceByFqdn(name);
    if (found) return found;
  }
  return undefined;
}

/** `the 2 example-app pods` / `the 3 pods of reviews-v1, reviews-v2, reviews-v3`. */
export function describePods(endpoints: RouteEndpoint[]): string {
  const workloads = [...new Set(endpoints.map((e) => e.workload.split('/').pop() ?? e.workload))];
  const n = endpoints.length;
  if (workloads.length === 1) return `the ${n === 1 ? '' : `${n} `}${workloads[0]} pod${n === 1 ? '' : 's'}`;
  return `the ${n} pods of ${workloads.join(', ')}`;
}

function view(service: ServiceInfo | null, port: number | null, targetPort: number | string | null, endpoints: RouteEndpoint[], note: string): KubernetesView {
  return { service: service ? { kind: 'Service', namespace: service.namespace, name: service.name } : null, port, targetPort, endpoints, note };
}

export function kubernetesView(ctx: SimulationContext): KubernetesView {
  const gatewayNote = ctx.request.gateway ? `Without the mesh, Gateway ${ctx.request.gateway} has no effect; ` : 'Without the mesh, ';
  const service = findService(ctx);
  const port = ctx.request.port;
  if (!service) return view(null, port, null, [], `${gatewayNote}no Kubernetes Service answers to ${ctx.request.hostname}, so cluster DNS would not resolve it to a ClusterIP and kube-proxy would play no part.`);
  const name = `${service.namespace}/${service.name}`;
  if (service.type === 'ExternalName') return view(service, port, null, [], `${gatewayNote}Service ${name} is an ExternalName: cluster DNS answers with a CNAME to ${service.externalName} and kube-proxy does not proxy anything.`);
  const servicePort = service.ports.find((p) => p.port === port);
  if (!servicePort) return view(service, port, null, [], `${gatewayNote}Service ${name} has no port ${port}, so kube-proxy would not forward the connection.`);
  const ready = ctx.index.endpoints(service, servicePort).filter((e) => e.ready && e.port !== null).map(toRouteEndpoint);
  const ports = [...new Set(ready.map((e) => e.port))].join(', ') || String(servicePort.targetPort);
  if (ready.length === 0) return view(service, port, servicePort.targetPort, [], `${gatewayNote}Service ${name} port ${port} has no ready endpoint, so kube-proxy would reject the connection.`);
  if (service.headless) return view(service, port, servicePort.targetPort, ready, `${gatewayNote}headless Service ${name} is not handled by kube-proxy: DNS returns the Pod IPs and the client connects directly to one of ${describePods(ready)} on port ${ports}.`);
  const target = ready.length === 1 ? `${describePods(ready)} on port ${ports}` : `one of ${describePods(ready)} on port ${ports}, picked at random per connection`;
  return view(service, port, servicePort.targetPort, ready, `${gatewayNote}kube-proxy would send this connection for ${service.name}:${port} to ${target}, without looking at the path or headers.`);
}

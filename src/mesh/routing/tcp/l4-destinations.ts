// Where an L4 connection goes: the route's destinations (host, port, subset, weight) or the dialled service's
// own cluster `outbound|port||hostname`, with the endpoints behind it (R5.1, R5.4.1 headless ORIGINAL_DST).
import { resolveShortName } from '../../hosts.js';
import { domainSuffixOf } from '../../index/extra-types.js';
import type { MeshIndex } from '../../index/types.js';
import { asArray, asNumberLike, asObject, asString, getIn } from './json.js';
import { portOf, registryOf, type RegistryService } from '../registry.js';
import { clusterName } from '../stages/destination.js';
import { toRouteEndpoint } from '../stages/endpoints.js';
import type { RouteDestination } from '../types.js';
import type { L4RouteChoice } from './l4-route-match.js';

function endpointsOf(index: MeshIndex, target: RegistryService | undefined, port: number | null, address: string | null): Pick<RouteDestination, 'endpoints' | 'status' | 'reason'> {
  if (!target) return { endpoints: [], status: 'CLUSTER_NOT_FOUND', reason: 'no Service or ServiceEntry in the registry has this host' };
  const servicePort = port === null ? undefined : portOf(target, port);
  if (!servicePort) return { endpoints: [], status: 'CLUSTER_NOT_FOUND', reason: `${target.hostname} has no port ${port ?? '(none)'}` };
  const service = target.service;
  if (!service || !servicePort.servicePort) return { endpoints: [], status: 'OK', reason: 'ServiceEntry endpoints are resolved by Istio (DNS or static addresses)' };
  const all = index.endpoints(service, servicePort.servicePort).map(toRouteEndpoint);
  const ready = all.filter((e) => e.ready);
  if (service.headless) {
    // R5.4.1: ORIGINAL_DST cluster: the connection keeps the Pod IP the client dialled.
    const dialled = address ? ready.filter((e) => e.ip === address) : ready;
    return { endpoints: dialled.length > 0 ? dialled : ready, status: 'OK', reason: 'headless Service: ORIGINAL_DST cluster, the connection goes to the Pod IP the client dialled' };
  }
  if (ready.length === 0) return { endpoints: all, status: 'NO_HEALTHY_UPSTREAM', reason: `no ready endpoint behind ${target.hostname}:${port}` };
  return { endpoints: ready, status: 'OK', reason: null };
}

function destination(index: MeshIndex, host: string, port: number | null, subset: string | null, weight: number, address: string | null): RouteDestination {
  const target = registryOf(index).byHostname(host)[0] ?? registryOf(index).aliasTarget(host);
  const hostname = target?.hostname ?? host;
  const service = target ? { kind: target.kind, namespace: target.namespace, name: target.resource.name } : null;
  return { host: hostname, port, subset, weight, cluster: clusterName(port, subset, hostname), service, ...endpointsOf(index, target, port, address) };
}

/** The destinations of a tcp/tls route (R5.1.1 short names resolved in the VirtualService's namespace). */
export function routeDestinations(index: MeshIndex, choice: L4RouteChoice, listenerPort: number, address: string | null): RouteDestination[] {
  const routes = asArray(choice.rule.route).map(asObject).filter((r) => r !== undefined);
  return routes.map((r) => {
    const raw = asString(getIn(r, 'destination', 'host')) ?? '';
    const host = resolveShortName(raw.toLowerCase(), choice.virtualService.namespace, domainSuffixOf(index));
    const target = registryOf(index).byHostname(host)[0];
    const written = asNumberLike(getIn(r, 'destination', 'port', 'number'));
    const port = written ?? (target && target.ports.length === 1 ? target.ports[0].number : listenerPort);
    const weight = asNumberLike(r.weight) ?? (routes.length === 1 ? 100 : 0);
    return destination(index, host, port, asString(getIn(r, 'destination', 'subset')) ?? null, weight, address);
  });
}

/** No tcp/tls route: the dialled service's own cluster (R1.8.4). */
export function defaultDestination(index: MeshIndex, service: RegistryService, port: number, address: string | null): RouteDestination {
  return destination(index, service.hostname, port, null, 100, address);
}

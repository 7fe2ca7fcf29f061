// VirtualServices that touch a Service's host: mesh-bound ones whose hosts cover it (one owns it on sidecars,
// R1.5.2, R1.7.2) and gateway-bound ones whose hosts cover it or whose routes send to it.
import { asArray, asObject, asString } from '../../model.js';
import type { MeshIndex, ServiceInfo, VirtualServiceInfo } from '../../index/types.js';
import { compareSpecificity, hostMatches, mostSpecificMatch, resolveShortName } from '../../hosts.js';
import { orderVirtualServices } from '../../routing/virtual-service-order.js';
import type { AppliedVirtualService } from './host-comparison-types.js';

export function httpRoutesOf(virtualService: VirtualServiceInfo): unknown[] {
  return asArray(asObject(virtualService.resource.object.spec)?.http);
}

export function isMeshBound(virtualService: VirtualServiceInfo): boolean {
  return virtualService.gateways.some((g) => g.normalized === 'mesh');
}

export function gatewayRefs(virtualService: VirtualServiceInfo): string[] {
  return virtualService.gateways.map((g) => g.normalized).filter((g) => g !== 'mesh');
}

/** Does this http route send to the Service (R1.1.2: short names resolve in the VirtualService's namespace)? */
export function routeSendsTo(route: unknown, virtualServiceNamespace: string, service: ServiceInfo): boolean {
  return asArray(asObject(route)?.route).some((d) => {
    const host = asString(asObject(asObject(d)?.destination)?.host);
    return host !== undefined && resolveShortName(host, virtualServiceNamespace) === service.fqdn;
  });
}

export function routesTo(virtualService: VirtualServiceInfo, service: ServiceInfo): boolean {
  return httpRoutesOf(virtualService).some((route) => routeSendsTo(route, virtualService.namespace, service));
}

function bestHost(virtualService: VirtualServiceInfo, fqdn: string): string | undefined {
  return mostSpecificMatch(fqdn, virtualService.hosts.map((h) => h.fqdn));
}

/** The mesh VirtualService a sidecar in `clientNamespace` uses for the host: most specific host, then R2.6.1 order. */
export function meshOwner(index: MeshIndex, service: ServiceInfo, clientNamespace: string): VirtualServiceInfo | undefined {
  const candidates = index.virtualServices.filter((v) => !v.isDelegate && isMeshBound(v) && bestHost(v, service.fqdn) !== undefined);
  const ordered = orderVirtualServices(candidates, clientNamespace);
  let owner: VirtualServiceInfo | undefined;
  for (const candidate of ordered) {
    if (!owner || compareSpecificity(bestHost(candidate, service.fqdn)!, bestHost(owner, service.fqdn)!) < 0) owner = candidate;
  }
  return owner;
}

export function applicableVirtualServices(index: MeshIndex, service: ServiceInfo, clientNamespace: string): AppliedVirtualService[] {
  const owner = meshOwner(index, service, clientNamespace);
  const out: AppliedVirtualService[] = [];
  for (const v of index.virtualServices) {
    const covers = v.hosts.some((h) => hostMatches(h.fqdn, service.fqdn));
    const sends = routesTo(v, service);
    if (!covers && !sends) continue;
    const mesh = isMeshBound(v);
    const reason = v === owner
      ? `decides sidecar traffic for ${service.fqdn} (most specific mesh VirtualService for the host, R1.5.2)`
      : mesh && covers
        ? `also names ${service.fqdn} but is ignored on sidecars: ${owner ? `${owner.namespace}/${owner.name}` : 'another VirtualService'} owns the host (R1.7.2)`
        : gatewayRefs(v).length > 0
          ? `applies at gateway(s) ${gatewayRefs(v).join(', ')}${sends ? ` and routes to ${service.name}` : ''} (R2.1.2)`
          : `routes to ${service.name} for the hosts ${v.hosts.map((h) => h.raw).join(', ')}`;
    out.push({
      namespace: v.namespace, name: v.name, hosts: v.hosts.map((h) => h.fqdn), gateways: v.gateways.map((g) => g.normalized),
      httpRoutes: httpRoutesOf(v).length, ownsMeshHost: v === owner, reason, source: index.cite(v.resource, 'spec.hosts'),
    });
  }
  return out;
}

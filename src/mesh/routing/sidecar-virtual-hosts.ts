// Virtual hosts of a sidecar route config (R1.3, R1.4, R1.5.2, R1.7.2, R3.12.1): one per service on the port,
// attached to its most specific VirtualService, plus VirtualService hosts that are not services (port 80 only).
import { asArray, asObject, asString, getIn } from '../model.js';
import { compareSpecificity, hostMatches, resolveShortName } from '../hosts.js';
import type { VirtualServiceInfo } from '../index/types.js';
import { portOf, type RegistryService } from './registry.js';
import { coveringPatterns, type HostTables } from './host-tables.js';
import { scopePositions } from './scope-cache.js';
import type { Scope } from './scope.js';
import { dedupeDomains, serviceDomains } from './virtual-host-domains.js';
import type { VirtualHost } from './virtual-hosts.js';

export interface Claim { virtualService: VirtualServiceInfo; host: string }

const claimCache = new WeakMap<Scope, Map<RegistryService, Claim[]>>();

function computeClaims(tables: HostTables, service: RegistryService, scope: Scope): Claim[] {
  const rank = scopePositions(scope).virtualServices;
  const candidates = new Set<VirtualServiceInfo>();
  for (const pattern of coveringPatterns(service.hostname)) {
    for (const entry of tables.virtualServiceHosts.get(pattern) ?? []) if (rank.has(entry.virtualService)) candidates.add(entry.virtualService);
  }
  const claims: Claim[] = [];
  for (const vs of [...candidates].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
    const hosts = vs.hosts.map((h) => h.fqdn).filter((h) => hostMatches(h, service.hostname)).sort(compareSpecificity);
    if (hosts.length > 0) claims.push({ virtualService: vs, host: hosts[0] });
  }
  return claims.sort((a, b) => compareSpecificity(a.host, b.host));
}

/**
 * Every VirtualService host covering the service, most specific first, then in R2.6.1 order (R1.5.2). The
 * candidates come from the index's host table (the name and the wildcards that can cover it); memoized per scope.
 */
export function claimsFor(tables: HostTables, service: RegistryService, scope: Scope): Claim[] {
  let byService = claimCache.get(scope);
  if (!byService) claimCache.set(scope, byService = new Map());
  let claims = byService.get(service);
  if (!claims) byService.set(service, claims = computeClaims(tables, service, scope));
  return claims;
}

export function onSharedPort(service: RegistryService, port: number): boolean {
  const p = portOf(service, port);
  return p !== undefined && (p.protocol.http || (p.protocol.sniffed && (service.headless || service.addresses.length === 0)));
}

const destinationPortCache = new WeakMap<Scope, Map<VirtualServiceInfo, Set<number>>>();

function computeDestinationPorts(tables: HostTables, vs: VirtualServiceInfo, scope: Scope): Set<number> {
  const inScope = scopePositions(scope).services;
  const ports = new Set<number>();
  for (const http of asArray(getIn(vs.resource.object, 'spec', 'http'))) {
    for (const d of asArray(asObject(http)?.route)) {
      const host = asString(getIn(d, 'destination', 'host'));
      const hostname = host ? resolveShortName(host, vs.namespace, tables.suffix) : null;
      const service = hostname ? tables.servicesByHostname.get(hostname.toLowerCase())?.find((s) => s.hostname === hostname && inScope.has(s)) : undefined;
      for (const p of service?.ports ?? []) ports.add(p.number);
    }
  }
  return ports;
}

/** R1.4.2: besides port 80, a non-service host is served on the ports of registry services its routes name. */
export function destinationPorts(tables: HostTables, vs: VirtualServiceInfo, scope: Scope): Set<number> {
  let byVirtualService = destinationPortCache.get(scope);
  if (!byVirtualService) destinationPortCache.set(scope, byVirtualService = new Map());
  let ports = byVirtualService.get(vs);
  if (!ports) byVirtualService.set(vs, ports = computeDestinationPorts(tables, vs, scope));
  return ports;
}

function nonServiceHosts(tables: HostTables, vs: VirtualServiceInfo, scope: Scope, port: number): VirtualHost[] {
  const hosts = vs.hosts.map((h) => h.fqdn).filter((h) => !scope.services.some((s) => hostMatches(h, s.hostname)));
  if (hosts.length === 0 || (port !== 80 && !destinationPorts(tables, vs, scope).has(port))) return [];
  return hosts.map((host) => ({ name: `${host}:${port}`, domains: [host], service: null, bound: [{ virtualService: vs, gateway: 'mesh', listenerPort: port, host }], requireTls: false, server: null }));
}

/** The whole route config `port` of a sidecar, in Envoy's order (selectSidecarVirtualHost finds one host without building it). */
export function sidecarVirtualHosts(tables: HostTables, scope: Scope, port: number, clientNamespace: string): VirtualHost[] {
  const suffix = tables.suffix;
  const owner = new Map<RegistryService, Claim>();
  const services = scope.services.filter((s) => onSharedPort(s, port));
  for (const s of services) {
    const first = claimsFor(tables, s, scope)[0];
    if (first) owner.set(s, first);
  }
  const hosts: VirtualHost[] = [];
  for (const vs of scope.virtualServices) {
    for (const s of services) {
      const claim = owner.get(s);
      if (claim?.virtualService !== vs) continue;
      hosts.push({ name: `${s.hostname}:${port}`, domains: serviceDomains(s, clientNamespace, suffix), service: s, bound: [{ virtualService: vs, gateway: 'mesh', listenerPort: port, host: claim.host }], requireTls: false, server: null });
    }
    hosts.push(...nonServiceHosts(tables, vs, scope, port));
  }
  for (const s of services) {
    if (!owner.has(s)) hosts.push({ name: `${s.hostname}:${port}`, domains: serviceDomains(s, clientNamespace, suffix), service: s, bound: [], requireTls: false, server: null });
  }
  return dedupeDomains(hosts);
}

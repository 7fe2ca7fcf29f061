// Virtual hosts of a sidecar route config (R1.3, R1.4, R1.5.2, R1.7.2, R3.12.1): one per service on the port,
// attached to its most specific VirtualService, plus VirtualService hosts that are not services (port 80 only).
import { asArray, asObject, asString, getIn } from '../model.js';
import { compareSpecificity, hostMatches, resolveShortName } from '../hosts.js';
import type { VirtualServiceInfo } from '../index/types.js';
import { portOf, type RegistryService } from './registry.js';
import type { Scope } from './scope.js';
import { dedupeDomains, serviceDomains } from './virtual-host-domains.js';
import type { VirtualHost } from './virtual-hosts.js';

export interface Claim { virtualService: VirtualServiceInfo; host: string }

/** Every VirtualService host covering the service, most specific first, then in R2.6.1 order (R1.5.2). */
export function claimsFor(service: RegistryService, scope: Scope): Claim[] {
  const claims: Claim[] = [];
  for (const vs of scope.virtualServices) {
    const hosts = vs.hosts.map((h) => h.fqdn).filter((h) => hostMatches(h, service.hostname)).sort(compareSpecificity);
    if (hosts.length > 0) claims.push({ virtualService: vs, host: hosts[0] });
  }
  return claims.sort((a, b) => compareSpecificity(a.host, b.host));
}

function onSharedPort(service: RegistryService, port: number): boolean {
  const p = portOf(service, port);
  return p !== undefined && (p.protocol.http || (p.protocol.sniffed && (service.headless || service.addresses.length === 0)));
}

/** R1.4.2: besides port 80, a non-service host is served on the ports of registry services its routes name. */
function destinationPorts(vs: VirtualServiceInfo, scope: Scope, suffix: string): Set<number> {
  const ports = new Set<number>();
  for (const http of asArray(getIn(vs.resource.object, 'spec', 'http'))) {
    for (const d of asArray(asObject(http)?.route)) {
      const host = asString(getIn(d, 'destination', 'host'));
      const service = host ? scope.services.find((s) => s.hostname === resolveShortName(host, vs.namespace, suffix)) : undefined;
      for (const p of service?.ports ?? []) ports.add(p.number);
    }
  }
  return ports;
}

function nonServiceHosts(vs: VirtualServiceInfo, scope: Scope, port: number, suffix: string): VirtualHost[] {
  const hosts = vs.hosts.map((h) => h.fqdn).filter((h) => !scope.services.some((s) => hostMatches(h, s.hostname)));
  if (hosts.length === 0 || (port !== 80 && !destinationPorts(vs, scope, suffix).has(port))) return [];
  return hosts.map((host) => ({ name: `${host}:${port}`, domains: [host], service: null, bound: [{ virtualService: vs, gateway: 'mesh', listenerPort: port, host }], requireTls: false, server: null }));
}

export function sidecarVirtualHosts(scope: Scope, port: number, clientNamespace: string, suffix: string): VirtualHost[] {
  const owner = new Map<RegistryService, Claim>();
  const services = scope.services.filter((s) => onSharedPort(s, port));
  for (const s of services) {
    const first = claimsFor(s, scope)[0];
    if (first) owner.set(s, first);
  }
  const hosts: VirtualHost[] = [];
  for (const vs of scope.virtualServices) {
    for (const s of services) {
      const claim = owner.get(s);
      if (claim?.virtualService !== vs) continue;
      hosts.push({ name: `${s.hostname}:${port}`, domains: serviceDomains(s, clientNamespace, suffix), service: s, bound: [{ virtualService: vs, gateway: 'mesh', listenerPort: port, host: claim.host }], requireTls: false, server: null });
    }
    hosts.push(...nonServiceHosts(vs, scope, port, suffix));
  }
  for (const s of services) {
    if (!owner.has(s)) hosts.push({ name: `${s.hostname}:${port}`, domains: serviceDomains(s, clientNamespace, suffix), service: s, bound: [], requireTls: false, server: null });
  }
  return dedupeDomains(hosts);
}

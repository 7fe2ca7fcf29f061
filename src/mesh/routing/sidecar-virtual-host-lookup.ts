// The one virtual host of a sidecar route config that a Host header selects, found from the index's host
// tables instead of building the whole route config: the same answer as
// selectByDomain(sidecarVirtualHosts(...)) (R1.2.1 order, R1.3.3 dedupe), at the cost of a few lookups.
import { hostMatches, isWildcardHost } from '../hosts.js';
import type { HostTables } from './host-tables.js';
import type { RegistryService } from './registry.js';
import { scopePositions } from './scope-cache.js';
import type { Scope } from './scope.js';
import { claimsFor, destinationPorts, onSharedPort } from './sidecar-virtual-hosts.js';
import { serviceDomains, type DomainMatch } from './virtual-host-domains.js';
import type { VirtualHost } from './virtual-hosts.js';

interface Lookup { tables: HostTables; scope: Scope; port: number; clientNamespace: string }

/** A virtual host of the route config and its place in sidecarVirtualHosts' order: [VirtualService rank, 0 service / 1 own host, index]. */
interface Placed { host: () => VirtualHost; at: [number, number, number] }

function before(a: Placed['at'], b: Placed['at']): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

function serviceHost(l: Lookup, service: RegistryService, position: number): Placed {
  const claim = claimsFor(l.tables, service, l.scope)[0];
  const rank = claim ? scopePositions(l.scope).virtualServices.get(claim.virtualService)! : Number.POSITIVE_INFINITY;
  return {
    at: [rank, 0, position],
    host: () => ({
      name: `${service.hostname}:${l.port}`, domains: survivingDomains(l, service, position), service, requireTls: false, server: null,
      bound: claim ? [{ virtualService: claim.virtualService, gateway: 'mesh', listenerPort: l.port, host: claim.host }] : [],
    }),
  };
}

const serviceHostCache = new WeakMap<Scope, Map<string, boolean>>();

/** R1.4.1: does a service in scope answer to this VirtualService host (then it is not a host of its own)? */
function namesService(l: Lookup, fqdn: string): boolean {
  let cache = serviceHostCache.get(l.scope);
  if (!cache) serviceHostCache.set(l.scope, cache = new Map());
  const key = fqdn.toLowerCase();
  let found = cache.get(key);
  if (found === undefined) {
    const inScope = scopePositions(l.scope).services;
    found = isWildcardHost(key) ? l.scope.services.some((s) => hostMatches(fqdn, s.hostname)) : (l.tables.servicesByHostname.get(key) ?? []).some((s) => inScope.has(s));
    cache.set(key, found);
  }
  return found;
}

/** The first virtual host, in route config order, that lists `domain` (lower-cased): the one that keeps it after R1.3.3. */
function firstWithDomain(l: Lookup, domain: string): Placed | null {
  let best: Placed | null = null;
  const inScope = scopePositions(l.scope);
  for (const entry of l.tables.serviceDomains.get(domain) ?? []) {
    const position = inScope.services.get(entry.service);
    if (position === undefined || (entry.onlyFrom !== null && entry.onlyFrom !== l.clientNamespace) || !onSharedPort(entry.service, l.port)) continue;
    const placed = serviceHost(l, entry.service, position);
    if (!best || before(placed.at, best.at)) best = placed;
  }
  for (const entry of l.tables.virtualServiceHosts.get(domain) ?? []) {
    const rank = inScope.virtualServices.get(entry.virtualService);
    if (rank === undefined || (best && !before([rank, 1, entry.hostIndex], best.at)) || namesService(l, entry.fqdn)) continue;
    if (l.port !== 80 && !destinationPorts(l.tables, entry.virtualService, l.scope).has(l.port)) continue;
    const bound = { virtualService: entry.virtualService, gateway: 'mesh', listenerPort: l.port, host: entry.fqdn };
    best = { at: [rank, 1, entry.hostIndex], host: () => ({ name: `${entry.fqdn}:${l.port}`, domains: [entry.fqdn], service: null, bound: [bound], requireTls: false, server: null }) };
  }
  return best;
}

/** R1.3.3: the service's domains that no earlier virtual host already lists. */
function survivingDomains(l: Lookup, service: RegistryService, position: number): string[] {
  return serviceDomains(service, l.clientNamespace, l.tables.suffix).filter((d) => {
    const first = firstWithDomain(l, d.toLowerCase());
    return first !== null && first.at[1] === 0 && first.at[2] === position;
  });
}

function found(placed: Placed | null, domain: string, kind: DomainMatch<VirtualHost>['kind']): DomainMatch<VirtualHost> | null {
  return placed ? { value: placed.host(), domain, kind } : null;
}

/** R1.2.1 over the sidecar route config `port` of a client in `clientNamespace`: exact, longest `*suffix`, longest `prefix*`, `*`. */
export function selectSidecarVirtualHost(tables: HostTables, scope: Scope, port: number, clientNamespace: string, hostname: string): DomainMatch<VirtualHost> | null {
  const l: Lookup = { tables, scope, port, clientNamespace };
  const host = hostname.toLowerCase();
  const exact = found(firstWithDomain(l, host), host, 'exact');
  if (exact) return exact;
  for (let k = 1; k < host.length; k++) {
    const domain = `*${host.slice(k)}`;
    const suffix = found(firstWithDomain(l, domain), domain, 'suffix');
    if (suffix) return suffix;
  }
  const prefixes = tables.prefixDomains.filter((d) => host.length > d.length - 1 && host.startsWith(d.slice(0, -1))).sort((a, b) => b.length - a.length);
  for (const domain of prefixes) {
    const prefix = found(firstWithDomain(l, domain), domain, 'prefix');
    if (prefix) return prefix;
  }
  return found(firstWithDomain(l, '*'), '*', 'any');
}

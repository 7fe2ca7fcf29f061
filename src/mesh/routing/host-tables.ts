// Lookup tables that do not depend on the request, built once per index: which VirtualServices and which
// registry services name a host (as a VirtualService host or a virtual host domain, R1.3), so a request
// looks up the few candidates for its Host header instead of scanning the whole mesh.
import { domainSuffixOf } from '../index/extra-types.js';
import type { MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { registryOf, type RegistryService } from './registry.js';
import { serviceDomains } from './virtual-host-domains.js';

/** One `spec.hosts[hostIndex]` of a VirtualService. */
export interface VirtualServiceHost { virtualService: VirtualServiceInfo; hostIndex: number; fqdn: string }

/** A registry service whose sidecar virtual host lists a domain; `onlyFrom` set: only for clients in that namespace (short names, R1.3). */
export interface ServiceDomain { service: RegistryService; onlyFrom: string | null }

export interface HostTables {
  readonly suffix: string;
  /** Lower-cased VirtualService host (exact or wildcard, as written after R1.1.1) -> its entries, in index order (delegates left out). */
  readonly virtualServiceHosts: ReadonlyMap<string, readonly VirtualServiceHost[]>;
  /** Lower-cased sidecar virtual host domain -> the services listing it, in registry order. */
  readonly serviceDomains: ReadonlyMap<string, readonly ServiceDomain[]>;
  /** Lower-cased `prefix*` domains (rare: a VirtualService or ServiceEntry host written that way). */
  readonly prefixDomains: readonly string[];
  /** Lower-cased registry hostname -> registry entries. */
  readonly servicesByHostname: ReadonlyMap<string, readonly RegistryService[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function kubernetesNamespace(hostname: string, suffix: string): string | null {
  const tail = `.svc.${suffix}`;
  return hostname.endsWith(tail) ? (hostname.slice(0, -tail.length).split('.')[1] ?? null) : null;
}

/** serviceDomains without a client namespace, then what each namespace that can see short names adds. */
function domainsOf(service: RegistryService, suffix: string): { domain: string; onlyFrom: string | null }[] {
  const common = serviceDomains(service, '', suffix);
  const entries = common.map((domain) => ({ domain, onlyFrom: null as string | null }));
  const namespaces = new Set([service.hostname, ...service.aliases.map((a) => a.fqdn)].map((h) => kubernetesNamespace(h, suffix)));
  for (const namespace of namespaces) {
    if (!namespace) continue;
    for (const d of serviceDomains(service, namespace, suffix)) if (!common.includes(d)) entries.push({ domain: d, onlyFrom: namespace });
  }
  return entries;
}

function isPrefixDomain(domain: string): boolean {
  return domain !== '*' && !domain.startsWith('*') && domain.endsWith('*');
}

function build(index: MeshIndex): HostTables {
  const suffix = domainSuffixOf(index);
  const registry = registryOf(index);
  const virtualServiceHosts = new Map<string, VirtualServiceHost[]>();
  const prefixDomains = new Set<string>();
  for (const vs of index.virtualServices) {
    if (vs.isDelegate) continue;
    vs.hosts.forEach((h, hostIndex) => {
      const key = h.fqdn.toLowerCase();
      push(virtualServiceHosts, key, { virtualService: vs, hostIndex, fqdn: h.fqdn });
      if (isPrefixDomain(key)) prefixDomains.add(key);
    });
  }
  const domains = new Map<string, ServiceDomain[]>();
  const servicesByHostname = new Map<string, RegistryService[]>();
  for (const service of registry.all) {
    push(servicesByHostname, service.hostname.toLowerCase(), service);
    for (const entry of domainsOf(service, suffix)) {
      const key = entry.domain.toLowerCase();
      push(domains, key, { service, onlyFrom: entry.onlyFrom });
      if (isPrefixDomain(key)) prefixDomains.add(key);
    }
  }
  return { suffix, virtualServiceHosts, serviceDomains: domains, prefixDomains: [...prefixDomains], servicesByHostname };
}

const cache = new WeakMap<MeshIndex, HostTables>();

export function hostTablesOf(index: MeshIndex): HostTables {
  let tables = cache.get(index);
  if (!tables) {
    tables = build(index);
    cache.set(index, tables);
  }
  return tables;
}

/**
 * The VirtualService host patterns that can cover `hostname` under R1.5.1 (`hostMatches`): the name itself and
 * `*` followed by each of its proper suffixes (down to the bare `*`). Lower-cased.
 */
export function coveringPatterns(hostname: string): string[] {
  const h = hostname.toLowerCase();
  const patterns = [h];
  for (let k = 1; k <= h.length; k++) patterns.push(`*${h.slice(k)}`);
  return patterns;
}

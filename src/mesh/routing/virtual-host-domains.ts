// Domains Envoy matches the Host header against: per registry service on a sidecar (R1.3) and the
// vhost selection order (R1.2.1).
import type { ServiceInfo } from '../index/types.js';
import type { RegistryService } from './registry.js';

/** R1.3 names of one Kubernetes hostname `S.N.svc.<suffix>` as seen from a client in `clientNamespace`. */
function kubernetesNames(hostname: string, clientNamespace: string, suffix: string): string[] {
  const tail = `.svc.${suffix}`;
  if (!hostname.endsWith(tail)) return [hostname, `${hostname}.`];
  const [name, namespace] = hostname.slice(0, -tail.length).split('.');
  if (!name || !namespace) return [hostname, `${hostname}.`];
  const names = [hostname, `${hostname}.`];
  if (namespace === clientNamespace) names.push(name);
  names.push(`${name}.${namespace}.svc`, `${name}.${namespace}`);
  return names;
}

function aliasNames(alias: ServiceInfo, clientNamespace: string, suffix: string): string[] {
  return kubernetesNames(alias.fqdn, clientNamespace, suffix);
}

/** R1.3 table: FQDN, trailing dot, short name (same namespace only), `S.N.svc`, `S.N`, VIPs, `*.` for headless, aliases. */
export function serviceDomains(service: RegistryService, clientNamespace: string, suffix: string): string[] {
  const names = service.kind === 'Service' ? kubernetesNames(service.hostname, clientNamespace, suffix) : [service.hostname];
  const withHeadless = service.headless && service.kind === 'Service' ? [...names, ...names.map((n) => `*.${n}`)] : names;
  const aliases = service.aliases.flatMap((a) => aliasNames(a, clientNamespace, suffix));
  return [...new Set([...withHeadless, ...service.addresses, ...aliases])];
}

export interface DomainMatch<T> {
  value: T;
  domain: string;
  /** exact, suffix wildcard, prefix wildcard, or the `*` catch-all (R1.2.1). */
  kind: 'exact' | 'suffix' | 'prefix' | 'any';
}

/** R1.2.1: exact domain, then the longest `*suffix`, then the longest `prefix*`, then `*`; first listed wins a tie. */
export function selectByDomain<T>(items: readonly T[], domainsOf: (item: T) => readonly string[], hostname: string): DomainMatch<T> | null {
  const host = hostname.toLowerCase();
  let suffix: DomainMatch<T> | null = null;
  let prefix: DomainMatch<T> | null = null;
  let any: DomainMatch<T> | null = null;
  for (const value of items) {
    for (const raw of domainsOf(value)) {
      const domain = raw.toLowerCase();
      if (domain === host) return { value, domain, kind: 'exact' };
      if (domain === '*') any ??= { value, domain, kind: 'any' };
      else if (domain.startsWith('*')) {
        const tail = domain.slice(1);
        if (host.length > tail.length && host.endsWith(tail) && (!suffix || tail.length > suffix.domain.length - 1)) suffix = { value, domain, kind: 'suffix' };
      } else if (domain.endsWith('*')) {
        const head = domain.slice(0, -1);
        if (host.length > head.length && host.startsWith(head) && (!prefix || head.length > prefix.domain.length - 1)) prefix = { value, domain, kind: 'prefix' };
      }
    }
  }
  return suffix ?? prefix ?? any;
}

/** R1.3.3: a domain already claimed by an earlier virtual host is dropped from later ones. */
export function dedupeDomains<T extends { domains: string[] }>(hosts: T[]): T[] {
  const seen = new Set<string>();
  return hosts.map((h) => {
    const domains = h.domains.filter((d) => !seen.has(d.toLowerCase()));
    for (const d of domains) seen.add(d.toLowerCase());
    return { ...h, domains };
  });
}

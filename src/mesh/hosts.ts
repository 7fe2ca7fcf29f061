// Host name rules shared by every part of the engine (reference §1.1, §1.5, §2.1.3, §2.3, §7.4).
import { DEFAULT_DOMAIN_SUFFIX } from './model.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.includes(':');
}

export function isWildcardHost(host: string): boolean {
  return host.startsWith('*');
}

/** R1.1.1: a name with no dot (not `*`, not an IP) becomes `<name>.<ns>.svc.<suffix>`; anything with a dot is kept. R1.1.5: lower-cased. */
export function resolveShortName(host: string, namespace: string, domainSuffix = DEFAULT_DOMAIN_SUFFIX): string {
  const h = host.toLowerCase();
  if (h === '*' || h.includes('.') || isIpAddress(h)) return h;
  return `${h}.${namespace}.svc.${domainSuffix}`;
}

/** R1.3.2 */
export function serviceFqdn(name: string, namespace: string, domainSuffix = DEFAULT_DOMAIN_SUFFIX): string {
  return `${name}.${namespace}.svc.${domainSuffix}`.toLowerCase();
}

/**
 * R1.5.1 (`host.Name.Matches`): does `pattern` cover `host`? Exact names must be equal; `*.foo.com` covers
 * names ending in `.foo.com` (not `foo.com`); `*` covers everything. When `host` is itself a wildcard it is
 * covered only by an equal or broader wildcard.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h || p === '*') return true;
  if (!isWildcardHost(p)) return false;
  const suffix = p.slice(1); // e.g. ".foo.com" or "-bar.foo.com"
  if (isWildcardHost(h)) return h.slice(1).endsWith(suffix);
  return h.length > suffix.length && h.endsWith(suffix);
}

/** R1.5.1: two names overlap when either covers the other. */
export function hostsOverlap(a: string, b: string): boolean {
  return hostMatches(a, b) || hostMatches(b, a);
}

/**
 * R1.5.2 / R5.5.2 specificity: negative when `a` is more specific than `b`. Exact beats wildcard, a longer
 * wildcard beats a shorter one.
 */
export function compareSpecificity(a: string, b: string): number {
  const aw = isWildcardHost(a);
  const bw = isWildcardHost(b);
  if (aw !== bw) return aw ? 1 : -1;
  if (aw && bw) return b.length - a.length;
  return 0;
}

/** Among `candidates`, the most specific one that covers `host` (R1.5.2, R5.5.2), or undefined. */
export function mostSpecificMatch(host: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const c of candidates) {
    if (!hostMatches(c, host)) continue;
    if (best === undefined || compareSpecificity(c, best) < 0) best = c;
  }
  return best;
}

/** R1.6.2: the intersection of a Gateway server host and a VirtualService host keeps the more specific name. */
export function intersectHosts(serverHost: string, virtualServiceHost: string): string | undefined {
  if (hostMatches(serverHost, virtualServiceHost)) return virtualServiceHost.toLowerCase();
  if (hostMatches(virtualServiceHost, serverHost)) return serverHost.toLowerCase();
  return undefined;
}

/**
 * R2.1.3: gateway references become `namespace/name`; `mesh` stays `mesh`; a bare name or `./name` is in the
 * VirtualService's namespace; the legacy `name.ns.svc.cluster.local` becomes `ns/name`.
 */
export function normalizeGatewayRef(raw: string, ownNamespace: string): string {
  const ref = raw.trim();
  if (ref === 'mesh') return 'mesh';
  if (ref.startsWith('./')) return `${ownNamespace}/${ref.slice(2)}`;
  if (ref.includes('/')) return ref;
  const parts = ref.split('.');
  if (parts.length >= 2) return `${parts[1]}/${parts[0]}`;
  return `${ownNamespace}/${ref}`;
}

/**
 * R7.4.1 / R2.4.2: `[namespace/]dnsName`. No prefix means `*` (Gateway servers) or the caller-supplied
 * default; `.` means the owner's namespace; `~` is kept for the caller to interpret.
 */
export function splitNamespacedHost(raw: string, ownNamespace: string, defaultNamespace = '*'): { namespace: string; dnsName: string } {
  const slash = raw.indexOf('/');
  if (slash < 0) return { namespace: defaultNamespace, dnsName: raw.toLowerCase() };
  const ns = raw.slice(0, slash);
  return { namespace: ns === '.' ? ownNamespace : ns, dnsName: raw.slice(slash + 1).toLowerCase() };
}

/**
 * R2.3.1-R2.3.4: is an object in `ownNamespace` with this exportTo visible from `viewerNamespace`?
 * Empty exportTo means `*`; `.` is the own namespace; `~` hides it from everyone.
 */
export function isExportedTo(exportTo: readonly string[], ownNamespace: string, viewerNamespace: string): boolean {
  if (exportTo.length === 0) return true;
  for (const e of exportTo) {
    if (e === '*') return true;
    if (e === '~') continue;
    if (e === '.' ? ownNamespace === viewerNamespace : e === viewerNamespace) return true;
  }
  return false;
}

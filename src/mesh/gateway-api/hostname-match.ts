// Gateway API hostnames: `*.example.com` covers every name with that suffix and at least one more label
// (so not `example.com`); hostnames compare case-insensitively. Same coverage as hostMatches (R1.5.1).
import { hostMatches, isWildcardHost } from '../hosts.js';

export function hostnameCovers(pattern: string, hostname: string): boolean {
  return hostMatches(pattern, hostname);
}

/** Listener hostname ∩ route hostname: the more specific of the two, or null when they do not overlap. */
export function intersectHostnames(listenerHostname: string | null, routeHostname: string): string | null {
  const route = routeHostname.toLowerCase();
  if (listenerHostname === null) return route;
  if (hostMatches(listenerHostname, route)) return route;
  if (hostMatches(route, listenerHostname)) return listenerHostname;
  return null;
}

/**
 * Hostname precedence (Gateway API HTTPRoute.hostnames): an exact name beats a wildcard; between wildcards,
 * more characters win. Negative when `a` is more specific.
 */
export function compareHostnameSpecificity(a: string, b: string): number {
  const aw = isWildcardHost(a) || a === '';
  const bw = isWildcardHost(b) || b === '';
  if (aw !== bw) return aw ? 1 : -1;
  return b.length - a.length;
}

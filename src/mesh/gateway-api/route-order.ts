// Ties across HTTPRoutes: the oldest route (creationTimestamp) first, then `namespace/name` alphabetically.
// A route without a timestamp counts as created at upload time, i.e. after every route that has one.
import type { Resource } from '../model.js';

function key(r: Resource): string {
  return `${r.namespace ?? ''}/${r.name}`;
}

export function compareRouteAge(a: Resource, b: Resource): number {
  const ta = a.creationTimestamp === null ? Number.POSITIVE_INFINITY : Date.parse(a.creationTimestamp);
  const tb = b.creationTimestamp === null ? Number.POSITIVE_INFINITY : Date.parse(b.creationTimestamp);
  const na = Number.isNaN(ta) ? Number.POSITIVE_INFINITY : ta;
  const nb = Number.isNaN(tb) ? Number.POSITIVE_INFINITY : tb;
  if (na !== nb) return na < nb ? -1 : 1;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function orderRoutes(routes: readonly Resource[]): Resource[] {
  return [...routes].sort(compareRouteAge);
}

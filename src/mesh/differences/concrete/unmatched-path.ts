// A path no http route of a VirtualService matches, verified with the match evaluator (R3.10.1 needs one).
import { asArray, asObject, type JsonObject } from '../../model.js';
import { buildRequestView, evaluateMatch, isCatchAllMatch } from '../../routing/match/index.js';

const CANDIDATES = ['/__unmatched__', '/__unmatched__/x', '/zz-unmatched-9'];

function matchesOf(route: unknown): (JsonObject | undefined)[] {
  const list = asArray(asObject(route)?.match).map((m) => asObject(m) ?? {});
  return list.length === 0 ? [undefined] : list;
}

/** null when a route is a catch-all (R3.1.3) or every candidate is matched by some route. */
export function unmatchedPath(httpRoutes: readonly unknown[], host: string): string | null {
  const matches = httpRoutes.flatMap(matchesOf);
  if (matches.some((m) => isCatchAllMatch(m))) return null;
  for (const path of CANDIDATES) {
    const view = buildRequestView({ host, path });
    if (matches.every((m) => m !== undefined && !evaluateMatch(m, view).matched)) return path;
  }
  return null;
}

export function hasCatchAll(httpRoutes: readonly unknown[]): boolean {
  return httpRoutes.flatMap(matchesOf).some((m) => isCatchAllMatch(m));
}

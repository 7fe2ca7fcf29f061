// R3.1.1-R3.1.3 and istio `analyzeUnreachable{HTTP,TCP,TLS}Rules`: routes that can never be used and matches
// that never decide anything, per section of one VirtualService.
import { asArray, asObject, type JsonObject } from '../../model.js';
import { isCatchAllMatch } from '../../routing/match/is-catch-all-match.js';
import { covers, toPrefixMatch, type PrefixMatch } from './prefix-coverage.js';
import { stableJson } from './stable-json.js';

export type Section = 'http' | 'tcp' | 'tls';

export interface UnreachableRoute { section: Section; routeIndex: number; reason: string; causeRouteIndex: number | null }
export interface IneffectiveMatch { section: Section; routeIndex: number; matchIndex: number; causeRouteIndex: number; reason: string }
export interface Reachability { unreachable: UnreachableRoute[]; ineffective: IneffectiveMatch[] }

const CONFIG_TIME_FIELDS = ['port', 'sourceLabels', 'sourceNamespace', 'gateways'];

/** R3.1.3 (http only): a match that Envoy treats as catch-all for every proxy (no config-time filter either). */
function isUniversalCatchAll(match: JsonObject): boolean {
  return isCatchAllMatch(match) && CONFIG_TIME_FIELDS.every((f) => match[f] === undefined || match[f] === null);
}

function withoutName(match: JsonObject): string {
  const copy: JsonObject = { ...match };
  delete copy.name;
  return stableJson(copy);
}

function routeNameOf(route: JsonObject, index: number): string {
  return typeof route.name === 'string' && route.name !== '' ? `"${route.name}"` : `#${index}`;
}

export function analyzeSection(section: Section, routes: unknown[]): Reachability {
  const result: Reachability = { unreachable: [], ineffective: [] };
  const seen = new Map<string, number>();
  const prefixMatches: PrefixMatch[] = [];
  let catchAll: number | null = null;
  routes.forEach((raw, routeIndex) => {
    const route = asObject(raw) ?? {};
    const matches = asArray(route.match).map((m) => asObject(m) ?? {});
    if (catchAll !== null) {
      const reason = matches.length === 0 ? 'only the last route may have no match' : `route ${routeNameOf(asObject(routes[catchAll]) ?? {}, catchAll)} before it matches every request`;
      result.unreachable.push({ section, routeIndex, reason, causeRouteIndex: catchAll });
      return;
    }
    if (matches.length === 0) { catchAll = routeIndex; return; }
    let duplicates = 0;
    matches.forEach((match, matchIndex) => {
      const key = withoutName(match);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        duplicates++;
        result.ineffective.push({ section, routeIndex, matchIndex, causeRouteIndex: earlier, reason: `it repeats a match of route ${routeNameOf(asObject(routes[earlier]) ?? {}, earlier)}` });
        return;
      }
      seen.set(key, routeIndex);
      const prefix = section === 'http' ? toPrefixMatch(match, routeIndex, matchIndex) : null;
      if (prefix) prefixMatches.push(prefix);
    });
    if (duplicates === matches.length) {
      result.unreachable.push({ section, routeIndex, reason: 'all its matches repeat earlier ones', causeRouteIndex: null });
    }
    if (section === 'http' && matches.some(isUniversalCatchAll)) catchAll = routeIndex;
  });
  prefixMatches.forEach((earlier, i) => {
    for (const later of prefixMatches.slice(i + 1)) {
      if (later.prefix === earlier.prefix || !covers(earlier, later)) continue;
      result.ineffective.push({
        section, routeIndex: later.routeIndex, matchIndex: later.matchIndex, causeRouteIndex: earlier.routeIndex,
        reason: `uri prefix "${earlier.prefix}" of route #${earlier.routeIndex} match #${earlier.matchIndex} already covers prefix "${later.prefix}" with the same or broader conditions`,
      });
    }
  });
  return result;
}

const analyzed = new WeakMap<object, Reachability>();

/** Analyzed once per spec object (two rules read it); callers must not change the result. */
export function analyzeVirtualServiceRoutes(spec: unknown): Reachability {
  const o = asObject(spec);
  if (!o) return analyzeSpec(spec);
  let found = analyzed.get(o);
  if (!found) analyzed.set(o, (found = analyzeSpec(o)));
  return found;
}

function analyzeSpec(spec: unknown): Reachability {
  const out: Reachability = { unreachable: [], ineffective: [] };
  for (const section of ['http', 'tcp', 'tls'] as const) {
    const r = analyzeSection(section, asArray(asObject(spec)?.[section]));
    out.unreachable.push(...r.unreachable);
    out.ineffective.push(...r.ineffective);
  }
  return out;
}

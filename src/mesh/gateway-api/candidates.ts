// Flattens routes -> rules -> matches into Candidates. A rule without matches, and a match without a path,
// get the API default `PathPrefix /`.
import { asArray, asObject, asString, getIn, type JsonObject, type Resource } from '../model.js';
import { orderRoutes } from './route-order.js';
import type { Candidate, PathMatchType } from './types.js';

const PATH_TYPES: readonly PathMatchType[] = ['Exact', 'PathPrefix', 'RegularExpression'];

function toCandidate(route: Resource, routeOrder: number, ruleIndex: number, matchIndex: number | null, match: JsonObject): Candidate {
  const path = asObject(match.path);
  const writtenType = asString(path?.type);
  const pathType = PATH_TYPES.find((t) => t === writtenType) ?? 'PathPrefix';
  const method = asString(match.method);
  const fieldPath = matchIndex === null ? `spec.rules[${ruleIndex}]` : `spec.rules[${ruleIndex}].matches[${matchIndex}]`;
  return {
    route, routeOrder, ruleIndex, matchIndex, match, fieldPath, pathType,
    pathValue: asString(path?.value) ?? '/',
    method: method ? method.toUpperCase() : null,
    headerCount: asArray(match.headers).length,
    queryParamCount: asArray(match.queryParams).length,
  };
}

export function buildCandidates(routes: readonly Resource[]): Candidate[] {
  const out: Candidate[] = [];
  orderRoutes(routes).forEach((route, routeOrder) => {
    asArray(getIn(route.object, 'spec', 'rules')).forEach((rawRule, ruleIndex) => {
      const matches = asArray(asObject(rawRule)?.matches);
      if (matches.length === 0) {
        out.push(toCandidate(route, routeOrder, ruleIndex, null, {}));
        return;
      }
      matches.forEach((m, matchIndex) => out.push(toCandidate(route, routeOrder, ruleIndex, matchIndex, asObject(m) ?? {})));
    });
  });
  return out;
}

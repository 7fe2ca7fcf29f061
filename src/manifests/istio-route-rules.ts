import { asArray, asObject, getIn } from '../mesh/model.js';
import type { PathSegment } from './field-path.js';
import type { FieldIssue } from './field-issue.js';

const CONFLICTS: readonly (readonly [string, string])[] = [
  ['route', 'redirect'],
  ['route', 'directResponse'],
  ['redirect', 'directResponse'],
  ['fault', 'redirect'],
  ['fault', 'directResponse'],
  ['rewrite', 'redirect'],
  ['rewrite', 'directResponse'],
  ['mirror', 'mirrors'],
];

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** Rules Istio's validation enforces and that an upload should not get past. */
export function checkVirtualServiceRoutes(object: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const spec = asObject(object.spec) ?? {};
  asArray(spec.http).forEach((route, i) => {
    const httpRoute = asObject(route);
    if (!httpRoute) return;
    for (const [first, second] of CONFLICTS) {
      if (isSet(httpRoute[first]) && isSet(httpRoute[second])) {
        // R4.1.1
        issues.push({ code: 'route-conflict', path: ['spec', 'http', i, second], message: `cannot be set together with ${first} (Istio rejects it)` });
      }
    }
    const mirrorHost = getIn(httpRoute, 'mirror', 'host');
    if (mirrorHost === '*') issues.push(wildcardHost(['spec', 'http', i, 'mirror', 'host']));
    issues.push(...checkDestinations(httpRoute.route, ['spec', 'http', i, 'route']));
  });
  for (const section of ['tcp', 'tls'] as const) {
    asArray(spec[section]).forEach((route, i) => {
      issues.push(...checkDestinations(asObject(route)?.route, ['spec', section, i, 'route']));
    });
  }
  return issues;
}

function checkDestinations(value: unknown, path: PathSegment[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const destinations = asArray(value);
  let totalWeight = 0;
  destinations.forEach((entry, j) => {
    const weight = getIn(entry, 'weight');
    if (typeof weight === 'number') totalWeight += weight;
    if (getIn(entry, 'destination', 'host') === '*') issues.push(wildcardHost([...path, j, 'destination', 'host']));
  });
  if (destinations.length > 1 && totalWeight === 0) {
    // R4.2.2
    issues.push({ code: 'zero-total-weight', path, message: 'total destination weight = 0: at least one destination needs a weight above 0' });
  }
  return issues;
}

// R5.1.1
function wildcardHost(path: PathSegment[]): FieldIssue {
  return { code: 'wildcard-destination', path, message: '"*" is not a valid destination host; name one service' };
}

import type { RouteDestination } from '../../../mesh/routing/types.js';
import type { DestinationExpectation } from './route-test-case-schema.js';

/**
 * `reviews`, `reviews.default`, `reviews.default.svc` and the FQDN all name
 * `reviews.default.svc.cluster.local`; any other host must be equal (case-insensitive).
 */
export function hostMatches(expected: string, actual: string): boolean {
  const want = expected.toLowerCase().replace(/\.$/, '');
  const got = actual.toLowerCase().replace(/\.$/, '');
  if (want === got) return true;
  const svc = /^([^.]+)\.([^.]+)\.svc\.(.+)$/.exec(got);
  if (!svc) return false;
  const [, name, namespace] = svc;
  return want === name || want === `${name}.${namespace}` || want === `${name}.${namespace}.svc`;
}

export function destinationMatches(expected: DestinationExpectation, actual: RouteDestination): boolean {
  if (!hostMatches(expected.host, actual.host)) return false;
  if (expected.subset !== undefined && (expected.subset ?? null) !== actual.subset) return false;
  if (expected.port !== undefined && (expected.port ?? null) !== actual.port) return false;
  if (expected.weight !== undefined && expected.weight !== actual.weight) return false;
  if (expected.cluster !== undefined && expected.cluster !== actual.cluster) return false;
  return true;
}

/** Same number of destinations, each expectation met by a different destination (order does not matter). */
export function destinationsMatch(expected: readonly DestinationExpectation[], actual: readonly RouteDestination[]): boolean {
  if (expected.length !== actual.length) return false;
  const used = new Array<boolean>(actual.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === expected.length) return true;
    for (let j = 0; j < actual.length; j++) {
      if (used[j] || !destinationMatches(expected[i], actual[j])) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

export function describeDestinations(list: readonly (DestinationExpectation | RouteDestination)[]): string {
  if (list.length === 0) return '[] (none)';
  return `[${list.map(describeDestination).join(', ')}]`;
}

function describeDestination(d: DestinationExpectation | RouteDestination): string {
  const parts = [d.host];
  if (d.port !== undefined && d.port !== null) parts[0] += `:${d.port}`;
  if (d.subset !== undefined) parts.push(`subset ${d.subset ?? 'none'}`);
  if (d.weight !== undefined) parts.push(`weight ${d.weight}`);
  return parts.join(' ');
}

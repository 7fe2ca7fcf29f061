import type { MeshIndex } from '../../../mesh/index/types.js';
import type { RoutePath } from '../../../mesh/routing/types.js';
import { delegateOf } from './delegate-of.js';
import type { ResourceNameExpectation, RouteExpectation } from './route-test-case-schema.js';

export interface Comparison { holds: boolean; expectedText: string; actualText: string }
type Check<K extends keyof RouteExpectation> = (expected: NonNullable<RouteExpectation[K]> | null, path: RoutePath, index: MeshIndex | null) => Comparison;

const show = (value: unknown): string => (value === null || value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value));

/** Every written field of `expected` equals the same field of `actual` (one level, or deeper objects recursively). */
function partialEquals(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) {
    if (Array.isArray(expected) && Array.isArray(actual)) return expected.every((item) => actual.some((a) => partialEquals(item, a)));
    return expected === actual;
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([k, v]) => v === undefined || partialEquals(v, (actual as Record<string, unknown>)[k]));
}

function compare(expected: unknown, actual: unknown): Comparison {
  const holds = expected === null ? actual === null || actual === undefined : partialEquals(expected, actual);
  return { holds, expectedText: show(expected), actualText: show(actual) };
}

function resourceName(expected: ResourceNameExpectation | null, actual: { namespace: string | null; name: string } | null): Comparison {
  const actualText = actual ? `${actual.namespace}/${actual.name}` : 'none';
  if (expected === null) return { holds: actual === null, expectedText: 'none', actualText };
  const want = typeof expected === 'string'
    ? (expected.includes('/') ? { namespace: expected.split('/')[0], name: expected.split('/')[1] } : { name: expected })
    : expected;
  const holds = actual !== null && actual.name === want.name && (want.namespace === undefined || want.namespace === actual.namespace);
  return { holds, expectedText: want.namespace ? `${want.namespace}/${want.name}` : want.name, actualText };
}

function podsOf(path: RoutePath): string[] {
  return [...new Set(path.destinations.flatMap((d) => d.endpoints.map((e) => e.pod)))].sort();
}

function samePods(expected: readonly string[], actual: readonly string[]): boolean {
  const matches = (want: string, got: string) => (want.includes('/') ? want === got : got.endsWith(`/${want}`));
  return expected.length === actual.length && expected.every((w) => actual.some((g) => matches(w, g)))
    && actual.every((g) => expected.some((w) => matches(w, g)));
}

export const expectationFieldChecks: { [K in Exclude<keyof RouteExpectation, 'destinations'>]-?: Check<K> } = {
  outcome: (expected, path) => compare(expected, path.outcome),
  status: (expected, path) => compare(expected, path.status),
  responseFlag: (expected, path) => compare(expected, path.responseFlag),
  virtualService: (expected, path) => resourceName(expected, path.virtualService),
  delegate: (expected, path, index) => resourceName(expected, delegateOf(path, index)),
  route: (expected, path) => compare(expected, path.route),
  pods: (expected, path) => {
    const actual = podsOf(path);
    return { holds: samePods(expected ?? [], actual), expectedText: show(expected), actualText: show(actual) };
  },
  redirect: (expected, path) => compare(expected, path.redirect),
  rewrite: (expected, path) => compare(expected, path.rewrite),
  directResponse: (expected, path) => compare(expected, path.directResponse),
  fault: (expected, path) => compare(expected, path.fault),
  headers: (expected, path) => compare(expected, path.headers),
  timeout: (expected, path) => compare(expected, path.timeout?.value ?? null),
  retries: (expected, path) => compare(expected, path.retries),
};

import type { MeshIndex } from '../../../mesh/index/types.js';
import { simulateRoute } from '../../../mesh/routing/index.js';
import type { RouteOutcome, RouteRequest } from '../../../mesh/routing/types.js';
import { checkExpectation, type FieldCheck } from './check-expectation.js';
import { decidedBy } from './decided-by.js';
import { parseRouteTestCases } from './parse-route-test-cases.js';
import type { RouteTestCase } from './route-test-case-schema.js';

export interface RouteTestResult {
  name: string;
  passed: boolean;
  request: RouteRequest;
  outcome: RouteOutcome;
  summary: string;
  /** The VirtualService and route that decided, with file:line. */
  decidedBy: string;
  /** Only the checks that failed (empty when passed). */
  failures: FieldCheck[];
  checks: FieldCheck[];
}

export interface RouteTestReport {
  total: number;
  passed: number;
  failed: number;
  results: RouteTestResult[];
}

/** Runs each routing test case against the index. Cases may be raw data (validated here) or parsed cases. */
export function runRouteTests(index: MeshIndex, cases: readonly RouteTestCase[] | unknown): RouteTestReport {
  const parsed = parseRouteTestCases(cases);
  const results = parsed.map((c) => runCase(index, c));
  const passed = results.filter((r) => r.passed).length;
  return { total: results.length, passed, failed: results.length - passed, results };
}

function runCase(index: MeshIndex, testCase: RouteTestCase): RouteTestResult {
  const path = simulateRoute(index, testCase.request);
  const checks = [
    ...(testCase.expect ? checkExpectation(testCase.expect, path, false, index) : []),
    ...(testCase.not ? checkExpectation(testCase.not, path, true, index) : []),
  ];
  const failures = checks.filter((c) => !c.passed);
  return {
    name: testCase.name,
    passed: failures.length === 0,
    request: testCase.request,
    outcome: path.outcome,
    summary: path.summary,
    decidedBy: decidedBy(path),
    failures,
    checks,
  };
}

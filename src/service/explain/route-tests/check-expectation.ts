import type { MeshIndex } from '../../../mesh/index/types.js';
import type { RoutePath } from '../../../mesh/routing/types.js';
import { destinationsMatch, describeDestinations } from './match-destinations.js';
import { expectationFieldChecks } from './expectation-field-checks.js';
import type { RouteExpectation } from './route-test-case-schema.js';

export interface FieldCheck {
  /** e.g. `outcome`, `destinations`, `not.destinations` */
  field: string;
  /** true when the case's statement about this field holds (for `not`: when the field differs). */
  passed: boolean;
  expected: string;
  actual: string;
}

/**
 * Compares each written field of `expectation` with the answer. `negated`: every field must differ.
 * `index` (the set the answer came from) lets `delegate` read the root route's delegate field.
 */
export function checkExpectation(expectation: RouteExpectation, path: RoutePath, negated: boolean, index: MeshIndex | null = null): FieldCheck[] {
  const checks: FieldCheck[] = [];
  for (const [field, expected] of Object.entries(expectation)) {
    if (expected === undefined) continue;
    const { holds, expectedText, actualText } = field === 'destinations'
      ? checkDestinations(expectation, path)
      : expectationFieldChecks[field as keyof typeof expectationFieldChecks](expected as never, path, index);
    checks.push({
      field: negated ? `not.${field}` : field,
      passed: negated ? !holds : holds,
      expected: negated ? `not ${expectedText}` : expectedText,
      actual: actualText,
    });
  }
  return checks;
}

function checkDestinations(expectation: RouteExpectation, path: RoutePath) {
  const expected = expectation.destinations ?? [];
  return {
    holds: destinationsMatch(expected, path.destinations),
    expectedText: describeDestinations(expected),
    actualText: describeDestinations(path.destinations),
  };
}

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../../src/errors.js';
import { parseRouteTestCases, parseRouteTestCasesFile } from '../../../../src/service/explain/route-tests/parse-route-test-cases.js';

function badInput(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'BAD_INPUT');
    return error.message;
  }
  assert.fail('expected a BAD_INPUT error');
}

describe('routing test case files', () => {
  test('a {cases} document with a header map becomes RouteRequest headers', () => {
    const cases = parseRouteTestCasesFile('cases:\n  - name: jason\n    request: {host: reviews, headers: {end-user: jason}}\n    expect: {outcome: ROUTED}\n', 'c.yaml');
    assert.deepEqual(cases[0].request.headers, [{ name: 'end-user', value: 'jason' }]);
  });

  test('a bare list in JSON is accepted', () => {
    const cases = parseRouteTestCasesFile(JSON.stringify([{ name: 'x', request: { host: 'a' }, not: { outcome: 'NO_ROUTE' } }]), 'c.json');
    assert.equal(cases[0].name, 'x');
  });

  test('problems point at file:line:column and the field path', () => {
    const text = 'cases:\n  - name: ok\n    request: {host: reviews}\n    expect: {outcome: ROUTED}\n  - name: bad\n    request: {host: reviews}\n    expect:\n      outcome: ROUTD\n';
    const message = badInput(() => parseRouteTestCasesFile(text, 'cases.yaml'));
    assert.match(message, /cases\.yaml:8:16: cases\[1\]\.expect\.outcome: /);
  });

  test('an unknown expectation field is refused (typos do not pass silently)', () => {
    const message = badInput(() => parseRouteTestCasesFile('- name: x\n  request: {host: a}\n  expect: {destination: []}\n', 'c.yaml'));
    assert.match(message, /c\.yaml:3:11: \[0\]\.expect: Unrecognized key: "destination"/);
  });

  test('a case without any expectation is refused', () => {
    const message = badInput(() => parseRouteTestCases([{ name: 'x', request: { host: 'a' } }]));
    assert.match(message, /a case needs at least one expectation/);
  });

  test('YAML syntax errors carry the position', () => {
    const message = badInput(() => parseRouteTestCasesFile('cases:\n  - name: [unclosed\n', 'c.yaml'));
    assert.match(message, /c\.yaml:\d+:\d+: /);
  });
});

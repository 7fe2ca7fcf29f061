import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkExpectation } from '../../../../src/service/explain/route-tests/check-expectation.js';
import { destination, routePath } from './route-path-fixture.js';

const failed = (checks: { field: string; passed: boolean }[]) => checks.filter((c) => !c.passed).map((c) => c.field);

describe('routing test expectations', () => {
  test('written fields are compared, others ignored', () => {
    const checks = checkExpectation({ outcome: 'ROUTED', virtualService: 'default/reviews', route: { index: 0 } }, routePath(), false);
    assert.deepEqual(checks.map((c) => [c.field, c.passed]), [['outcome', true], ['virtualService', true], ['route', true]]);
  });

  test('a different outcome fails with both values in words', () => {
    const [check] = checkExpectation({ outcome: 'NO_ROUTE' }, routePath(), false);
    assert.deepEqual(check, { field: 'outcome', passed: false, expected: 'NO_ROUTE', actual: 'ROUTED' });
  });

  test('destinations accept short, name.namespace and FQDN hosts, and compare the whole list in any order', () => {
    const split = routePath({ destinations: [destination('reviews.default.svc.cluster.local', 'v1', 50), destination('reviews.default.svc.cluster.local', 'v3', 50)] });
    const ok = [{ host: 'reviews', subset: 'v3', weight: 50 }, { host: 'reviews.default', subset: 'v1' }];
    assert.deepEqual(failed(checkExpectation({ destinations: ok }, split, false)), []);
    assert.deepEqual(failed(checkExpectation({ destinations: [{ host: 'reviews', subset: 'v1' }] }, split, false)), ['destinations']);
    assert.deepEqual(failed(checkExpectation({ destinations: [{ host: 'ratings', subset: 'v1' }, { host: 'reviews', subset: 'v3' }] }, split, false)), ['destinations']);
  });

  test('subset null means "no subset"', () => {
    const path = routePath({ destinations: [destination('reviews.default.svc.cluster.local', null, 100)] });
    assert.deepEqual(failed(checkExpectation({ destinations: [{ host: 'reviews', subset: null }] }, path, false)), []);
    assert.deepEqual(failed(checkExpectation({ destinations: [{ host: 'reviews', subset: null }] }, routePath(), false)), ['destinations']);
  });

  test('not: every written field must differ (ICV wantMatch: false)', () => {
    assert.deepEqual(failed(checkExpectation({ destinations: [{ host: 'reviews', subset: 'v1' }] }, routePath(), true)), []);
    const checks = checkExpectation({ destinations: [{ host: 'reviews', subset: 'v2' }], outcome: 'NO_ROUTE' }, routePath(), true);
    assert.deepEqual(failed(checks), ['not.destinations']);
    assert.match(checks[0].expected, /^not \[reviews subset v2\]/);
  });

  test('null expects absence: virtualService null, redirect null', () => {
    assert.deepEqual(failed(checkExpectation({ virtualService: null, redirect: null }, routePath(), false)), ['virtualService']);
    assert.deepEqual(failed(checkExpectation({ virtualService: null }, routePath({ virtualService: null, route: null }), false)), []);
  });

  test('objects compare partially: fault abort status without percent, header set entries', () => {
    const path = routePath({
      outcome: 'FAULT_ABORTED', status: 500,
      fault: { delay: null, abort: { status: 500, percent: 100 } },
      headers: { request: { set: { 'x-custom-header': 'ok', other: '1' }, add: {}, remove: [] }, response: { set: {}, add: {}, remove: [] } },
    });
    assert.deepEqual(failed(checkExpectation({ fault: { abort: { status: 500 } }, headers: { request: { set: { 'x-custom-header': 'ok' } } } }, path, false)), []);
    assert.deepEqual(failed(checkExpectation({ fault: { abort: { status: 503 } } }, path, false)), ['fault']);
    assert.deepEqual(failed(checkExpectation({ headers: { request: { set: { 'x-custom-header': 'no' } } } }, path, false)), ['headers']);
  });

  test('pods compare as a set of ns/name or bare names', () => {
    assert.deepEqual(failed(checkExpectation({ pods: ['reviews-v2-pod-0'] }, routePath(), false)), []);
    assert.deepEqual(failed(checkExpectation({ pods: ['default/reviews-v2-pod-0'] }, routePath(), false)), []);
    assert.deepEqual(failed(checkExpectation({ pods: ['default/reviews-v1-pod-0'] }, routePath(), false)), ['pods']);
  });

  test('R2.7: delegate is the VirtualService whose route matched when it is not the root', () => {
    const path = routePath({
      steps: [{ stage: 'match', decision: 'matched', reason: 'route 1 matches', source: { kind: 'VirtualService', namespace: 'default', name: 'product-delegate', file: 'd.yaml', line: 3, field: 'spec.http[0].match[0]' } }],
    });
    assert.deepEqual(failed(checkExpectation({ delegate: { name: 'product-delegate' } }, path, false)), []);
    assert.deepEqual(failed(checkExpectation({ delegate: 'default/seller-delegate' }, path, false)), ['delegate']);
    assert.deepEqual(failed(checkExpectation({ delegate: null }, routePath(), false)), []);
  });
});

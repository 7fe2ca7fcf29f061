import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { faultOf } from '../../../../src/mesh/routing/action/index.js';

describe('faultOf', () => {
  test('no fault', () => {
    assert.deepEqual(faultOf({}), { fault: null, abortsAll: false, notes: [] });
  });

  test('R4.8.2: abort 500 for 100% aborts every matching request', () => {
    const out = faultOf({ fault: { abort: { httpStatus: 500, percentage: { value: 100.0 } } } });
    assert.deepEqual(out.fault, { delay: null, abort: { status: 500, percent: 100 } });
    assert.equal(out.abortsAll, true);
  });

  test('R4.8.2: abort without percentage aborts nothing', () => {
    const out = faultOf({ fault: { abort: { httpStatus: 500 } } });
    assert.equal(out.fault?.abort?.percent, 0);
    assert.equal(out.abortsAll, false);
    assert.ok(out.notes.some((n) => /no request is aborted/.test(n)));
  });

  test('R4.8.1: delay uses percentage.value, else deprecated percent, else nothing', () => {
    assert.deepEqual(faultOf({ fault: { delay: { fixedDelay: '7s', percentage: { value: 12.5 } } } }).fault?.delay, { fixedDelay: '7s', percent: 12.5 });
    assert.deepEqual(faultOf({ fault: { delay: { fixedDelay: '7s', percent: 30 } } }).fault?.delay, { fixedDelay: '7s', percent: 30 });
    const none = faultOf({ fault: { delay: { fixedDelay: '7s' } } });
    assert.equal(none.fault?.delay?.percent, 0);
    assert.ok(none.notes.some((n) => /no request is delayed/.test(n)));
  });

  test('R4.8.1: exponentialDelay is not supported', () => {
    const out = faultOf({ fault: { delay: { exponentialDelay: '1s', percentage: { value: 100 } } } });
    assert.equal(out.fault, null);
    assert.ok(out.notes.some((n) => /exponentialDelay/.test(n)));
  });

  test('R4.8.4: the fault/retry interaction is noted as UNVERIFIED', () => {
    const out = faultOf({ fault: { abort: { httpStatus: 503, percentage: { value: 50 } } } });
    assert.equal(out.abortsAll, false);
    assert.ok(out.notes.some((n) => /UNVERIFIED \(R4\.8\.4\)/.test(n)));
  });
});

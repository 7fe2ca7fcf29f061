import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RETRY_ON, retriesOf, timeoutOf } from '../../../../src/mesh/routing/action/index.js';

describe('timeoutOf', () => {
  test('R4.7.1: no timeout by default (also on the default route)', () => {
    for (const route of [null, {}]) {
      const out = timeoutOf(route);
      assert.equal(out.value, null);
      assert.equal(out.isDefault, true);
      assert.match(out.description, /no timeout/);
    }
  });

  test('R4.7.1: a configured timeout is used; 0s disables it', () => {
    assert.deepEqual([timeoutOf({ timeout: '10s' }).value, timeoutOf({ timeout: '10s' }).isDefault], ['10s', false]);
    assert.match(timeoutOf({ timeout: '0s' }).description, /disables/);
  });
});

describe('retriesOf', () => {
  test('R4.9.1: default retry policy without retries (also on the default route)', () => {
    for (const route of [null, {}]) {
      const out = retriesOf(route, false);
      assert.equal(out.attempts, 2);
      assert.equal(out.retryOn, 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes');
      assert.equal(out.retryOn, DEFAULT_RETRY_ON);
      assert.equal(out.isDefault, true);
      assert.match(out.description, /R4\.9\.1/);
      assert.match(out.description, /UNVERIFIED/);
    }
    assert.match(retriesOf(null, true).description, /consistent-hash/);
  });

  test('R4.9.2: attempts 0 removes the policy', () => {
    const out = retriesOf({ retries: { attempts: 0 } }, false);
    assert.equal(out.attempts, 0);
    assert.equal(out.retryOn, null);
    assert.equal(out.isDefault, false);
  });

  test('R4.9.2: configured attempts, retryOn and perTryTimeout; status codes add retriable-status-codes', () => {
    const out = retriesOf({ retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'gateway-error,503' } }, false);
    assert.equal(out.attempts, 3);
    assert.equal(out.perTryTimeout, '2s');
    assert.equal(out.retryOn, 'gateway-error,retriable-status-codes');
    assert.match(out.description, /status codes 503/);
    assert.equal(retriesOf({ retries: { attempts: 4 } }, false).retryOn, DEFAULT_RETRY_ON);
  });
});

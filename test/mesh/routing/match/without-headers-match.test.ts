import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

const req = (headers: Record<string, string> = {}) =>
  buildRequestView({ host: 'reviews', headers: Object.entries(headers).map(([name, value]) => ({ name, value })) });

describe('withoutHeaders', () => {
  test('R3.4.1: a request without the header satisfies withoutHeaders with a value matcher', () => {
    const match = { withoutHeaders: { 'end-user': { exact: 'jason' } } };
    assert.equal(evaluateMatch(match, req()).matched, true);
    assert.equal(evaluateMatch(match, req({ 'end-user': 'mike' })).matched, true);
    const out = evaluateMatch(match, req({ 'end-user': 'jason' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'withoutHeaders.end-user.exact');
    assert.match(out.reason, /matches exact "jason", so this route excludes it/);
  });

  test('R3.4.2: {} and regex "*" mean "header absent"; an empty but present header counts as present', () => {
    for (const condition of [{}, { regex: '*' }]) {
      const match = { withoutHeaders: { 'x-debug': condition } };
      assert.equal(evaluateMatch(match, req()).matched, true);
      const out = evaluateMatch(match, req({ 'x-debug': '' }));
      assert.ok(!out.matched);
      assert.equal(out.field, 'withoutHeaders.x-debug');
    }
  });

  test('R3.4.2: regex ".*" matches nothing (missing header counts as "")', () => {
    const match = { withoutHeaders: { 'x-debug': { regex: '.*' } } };
    const absent = evaluateMatch(match, req());
    assert.ok(!absent.matched);
    assert.match(absent.reason, /counts as the empty value ""/);
    assert.equal(evaluateMatch(match, req({ 'x-debug': 'anything' })).matched, false);
  });

  test('R3.4.1: exact "" excludes requests without the header', () => {
    assert.equal(evaluateMatch({ withoutHeaders: { h: { exact: '' } } }, req()).matched, false);
    assert.equal(evaluateMatch({ withoutHeaders: { h: { exact: '' } } }, req({ h: 'x' })).matched, true);
  });
});

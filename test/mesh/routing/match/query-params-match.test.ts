import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

const req = (path: string) => buildRequestView({ host: 'reviews', path });

describe('queryParams', () => {
  test('R3.5.1: exact, prefix and regex (full match) on the value', () => {
    assert.equal(evaluateMatch({ queryParams: { v: { exact: '2' } } }, req('/p?v=2')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { v: { prefix: 'be' } } }, req('/p?v=beta')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { v: { regex: '[0-9]+' } } }, req('/p?v=12')).matched, true);
    const out = evaluateMatch({ queryParams: { v: { regex: '[0-9]' } } }, req('/p?v=12'));
    assert.ok(!out.matched);
    assert.equal(out.field, 'queryParams.v.regex');
  });

  test('R3.5.1: a missing parameter never satisfies the condition', () => {
    const out = evaluateMatch({ queryParams: { v: { exact: '1' } } }, req('/p'));
    assert.ok(!out.matched);
    assert.equal(out.reason, 'query parameter v: expected exact "1", the request has no such query parameter');
  });

  test('R3.5.1: {} and regex "*" mean presence', () => {
    assert.equal(evaluateMatch({ queryParams: { debug: {} } }, req('/p?debug')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { debug: { regex: '*' } } }, req('/p?debug=0')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { debug: {} } }, req('/p?other=1')).matched, false);
  });

  test('R3.5.1: exact "" matches ?key and ?key=', () => {
    assert.equal(evaluateMatch({ queryParams: { key: { exact: '' } } }, req('/p?key')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { key: { exact: '' } } }, req('/p?key=')).matched, true);
    assert.equal(evaluateMatch({ queryParams: { key: { exact: '' } } }, req('/p?key=x')).matched, false);
  });

  test('R3.5.2: parameter names are case-sensitive', () => {
    const out = evaluateMatch({ queryParams: { v: { exact: '1' } } }, req('/p?V=1'));
    assert.ok(!out.matched);
    assert.match(out.reason, /names are case-sensitive \(R3\.5\.2\)/);
  });

  test('R3.5.2: percent-encoded values are compared as sent and marked UNVERIFIED', () => {
    const out = evaluateMatch({ queryParams: { q: { exact: 'a b' } } }, req('/p?q=a%20b'));
    assert.equal(out.matched, false);
    assert.equal(out.unverified, true);
  });
});

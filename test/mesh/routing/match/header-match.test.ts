import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

const req = (headers: Record<string, string> = {}, method = 'GET') =>
  buildRequestView({ host: 'reviews', method, headers: Object.entries(headers).map(([name, value]) => ({ name, value })) });
const jason = { headers: { 'end-user': { exact: 'jason' } } };

describe('headers matching', () => {
  test('R3.3.1: exact header value matches', () => {
    assert.equal(evaluateMatch(jason, req({ 'end-user': 'jason' })).matched, true);
  });

  test('R3.3.1: header values are case-sensitive', () => {
    const out = evaluateMatch(jason, req({ 'end-user': 'Jason' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'headers.end-user.exact');
    assert.match(out.reason, /^header end-user: expected exact "jason", the request has "Jason"/);
  });

  test('R3.3.1: prefix and regex (full match) on header values', () => {
    assert.equal(evaluateMatch({ headers: { v: { prefix: 'ab' } } }, req({ v: 'abc' })).matched, true);
    const out = evaluateMatch({ headers: { v: { regex: 'abc' } } }, req({ v: 'xxabcxx' }));
    assert.ok(!out.matched);
    assert.match(out.reason, /RE2 full match/);
    assert.equal(evaluateMatch({ headers: { v: { regex: '.*abc.*' } } }, req({ v: 'xxabcxx' })).matched, true);
  });

  test('R3.3.2: {}, no match type and regex "*" mean presence only', () => {
    for (const condition of [{}, { unknown: 1 }, { regex: '*' }, null]) {
      assert.equal(evaluateMatch({ headers: { 'x-canary': condition } }, req({ 'x-canary': '' })).matched, true, JSON.stringify(condition));
      const out = evaluateMatch({ headers: { 'x-canary': condition } }, req());
      assert.ok(!out.matched);
      assert.equal(out.field, 'headers.x-canary');
      assert.equal(out.reason, 'header x-canary: must be present, the request has no such header');
    }
  });

  test('R3.3.3: a missing header never satisfies a value matcher', () => {
    const out = evaluateMatch(jason, req());
    assert.ok(!out.matched);
    assert.equal(out.reason, 'header end-user: expected exact "jason", the request has no such header');
    assert.equal(evaluateMatch({ headers: { h: { regex: '.*' } } }, req()).matched, false);
    assert.equal(evaluateMatch({ headers: { h: { exact: '' } } }, req()).matched, false);
  });

  test('R3.3.4: header names match case-insensitively, pseudo headers are available', () => {
    assert.equal(evaluateMatch({ headers: { 'End-User': { exact: 'jason' } } }, req({ 'END-USER': 'jason' })).matched, true);
    assert.equal(evaluateMatch({ headers: { ':method': { exact: 'POST' } } }, req({}, 'POST')).matched, true);
    assert.equal(evaluateMatch({ headers: { ':method': { exact: 'POST' } } }, req({}, 'GET')).matched, false);
  });

  test('R3.3.5: uri/scheme/method/authority keys are treated as header names, marked UNVERIFIED', () => {
    const out = evaluateMatch({ headers: { method: { exact: 'GET' } } }, req());
    assert.ok(!out.matched);
    assert.equal(out.unverified, true);
    assert.match(out.reason, /UNVERIFIED, R3\.3\.5/);
    const ok = evaluateMatch({ headers: { method: { exact: 'x' } } }, req({ method: 'x' }));
    assert.equal(ok.matched, true);
    assert.equal(ok.unverified, true);
  });

  test('R3.3.6: JWT claim keys cannot be satisfied by a plain request', () => {
    const out = evaluateMatch({ headers: { '@request.auth.claims.groups': { exact: 'admin' } } }, req({ '@request.auth.claims.groups': 'admin' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'headers.@request.auth.claims.groups');
    assert.match(out.reason, /RequestAuthentication/);
  });

  test('a header condition that is not a StringMatch object never matches', () => {
    const out = evaluateMatch({ headers: { 'end-user': 'jason' } }, req({ 'end-user': 'jason' }));
    assert.ok(!out.matched);
    assert.match(out.reason, /not a StringMatch/);
  });
});

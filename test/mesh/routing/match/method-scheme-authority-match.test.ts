import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

describe('method, scheme, authority', () => {
  test('R3.6.1: method is case-sensitive', () => {
    assert.equal(evaluateMatch({ method: { exact: 'GET' } }, buildRequestView({ host: 'a', method: 'GET' })).matched, true);
    const out = evaluateMatch({ method: { exact: 'GET' } }, buildRequestView({ host: 'a', method: 'get' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'method.exact');
    assert.match(out.reason, /^method: expected exact "GET", the request has "get"/);
  });

  test('R3.6.1: scheme is a StringMatch on :scheme', () => {
    assert.equal(evaluateMatch({ scheme: { exact: 'https' } }, buildRequestView({ host: 'a', scheme: 'https' })).matched, true);
    const out = evaluateMatch({ scheme: { exact: 'https' } }, buildRequestView({ host: 'a' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'scheme.exact');
  });

  test('R3.7.1: authority includes the port the client sent', () => {
    const out = evaluateMatch({ authority: { exact: 'reviews' } }, buildRequestView({ host: 'reviews:9080' }));
    assert.ok(!out.matched);
    assert.equal(out.field, 'authority.exact');
    assert.match(out.reason, /port included/);
    assert.equal(evaluateMatch({ authority: { prefix: 'reviews' } }, buildRequestView({ host: 'reviews:9080' })).matched, true);
    assert.equal(evaluateMatch({ authority: { exact: 'reviews' } }, buildRequestView({ host: 'reviews' })).matched, true);
  });
});

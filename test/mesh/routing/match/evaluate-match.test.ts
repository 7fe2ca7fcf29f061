import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

describe('evaluateMatch', () => {
  const match = { uri: { prefix: '/api' }, method: { exact: 'POST' }, headers: { 'end-user': { exact: 'jason' } } };

  test('R3.1.2: conditions inside one match are AND-ed', () => {
    const all = buildRequestView({ host: 'a', path: '/api/x', method: 'POST', headers: [{ name: 'end-user', value: 'jason' }] });
    const out = evaluateMatch(match, all);
    assert.equal(out.matched, true);
    assert.match(out.reason, /uri prefix "\/api" matched/);
    assert.match(out.reason, /header end-user exact "jason" matched "jason"/);
  });

  test('R3.1.2: only the first failing condition is reported', () => {
    const none = buildRequestView({ host: 'a', path: '/other', method: 'GET' });
    const out = evaluateMatch(match, none);
    assert.ok(!out.matched);
    assert.equal(out.field, 'uri.prefix');
    const uriOk = evaluateMatch(match, buildRequestView({ host: 'a', path: '/api', method: 'GET' }));
    assert.ok(!uriOk.matched);
    assert.equal(uriOk.field, 'method.exact');
  });

  test('R3.9: config-time fields are not evaluated per request', () => {
    const out = evaluateMatch({ port: 1234, sourceLabels: { app: 'x' }, gateways: ['gw'] }, buildRequestView({ host: 'a' }));
    assert.equal(out.matched, true);
  });
});

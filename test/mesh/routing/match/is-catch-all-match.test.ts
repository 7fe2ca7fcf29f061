import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isCatchAllMatch } from '../../../../src/mesh/routing/match/index.js';

describe('isCatchAllMatch', () => {
  test('R3.1.3: no match, empty match, prefix / and regex .* are catch-alls', () => {
    assert.equal(isCatchAllMatch(undefined), true);
    assert.equal(isCatchAllMatch({}), true);
    assert.equal(isCatchAllMatch({ uri: { prefix: '/' } }), true);
    assert.equal(isCatchAllMatch({ uri: { regex: '.*' } }), true);
    assert.equal(isCatchAllMatch({ uri: { prefix: '/' }, sourceLabels: { app: 'a' }, port: 80 }), true);
  });

  test('R3.1.3: any header, query, method, scheme or authority condition prevents a catch-all', () => {
    assert.equal(isCatchAllMatch({ uri: { prefix: '/api' } }), false);
    assert.equal(isCatchAllMatch({ uri: { exact: '/' } }), false);
    assert.equal(isCatchAllMatch({ headers: { a: {} } }), false);
    assert.equal(isCatchAllMatch({ withoutHeaders: { a: {} } }), false);
    assert.equal(isCatchAllMatch({ queryParams: { a: {} } }), false);
    assert.equal(isCatchAllMatch({ method: { exact: 'GET' } }), false);
    assert.equal(isCatchAllMatch({ authority: { prefix: 'a' } }), false);
  });
});

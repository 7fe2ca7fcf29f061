// Delegate merge rules (R2.7.3, R2.7.4), as istiod's mergeHTTPRoute.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inheritFromRoot, matchConflict, mergeMatches, stringMatchConflict } from '../../../src/mesh/routing/delegate-merge.js';

describe('delegate merge', () => {
  test('R2.7.3: exact root needs the same exact; prefix root allows longer prefixes and exacts; regex always conflicts', () => {
    assert.equal(stringMatchConflict({ exact: '/a' }, { exact: '/a' }), false);
    assert.equal(stringMatchConflict({ exact: '/a' }, { prefix: '/a' }), true);
    assert.equal(stringMatchConflict({ prefix: '/a' }, { prefix: '/a/b' }), false);
    assert.equal(stringMatchConflict({ prefix: '/a/b' }, { prefix: '/a' }), true);
    assert.equal(stringMatchConflict({ prefix: '/a' }, { exact: '/a/c' }), false);
    assert.equal(stringMatchConflict({ regex: '/a.*' }, { regex: '/a.*' }), true);
    assert.equal(stringMatchConflict(undefined, { regex: '/x' }), false);
  });

  test('R2.7.3: ignoreUriCase must agree and ports must be equal when both set', () => {
    assert.equal(matchConflict({ ignoreUriCase: true }, {}), 'ignoreUriCase');
    assert.equal(matchConflict({ port: 80 }, { port: 81 }), 'port');
    assert.equal(matchConflict({ port: 80 }, {}), null);
  });

  test('R2.7.3: each delegate match is combined with every compatible root match; header maps are unioned', () => {
    const merged = mergeMatches([{ uri: { prefix: '/a' }, headers: { x: { exact: '1' } } }, { uri: { prefix: '/b' } }], [{ uri: { prefix: '/a/1' }, headers: { y: { exact: '2' } } }]);
    assert.equal(merged.conflict, null);
    assert.deepEqual(merged.matches.map((m) => m.match), [{ uri: { prefix: '/a/1' }, headers: { x: { exact: '1' }, y: { exact: '2' } } }]);
    assert.notEqual(mergeMatches([{ uri: { prefix: '/a' } }], [{ uri: { prefix: '/z' } }]).conflict, null);
  });

  test('R2.7.4: the delegate route inherits what it does not set and names join root-delegate', () => {
    const out = inheritFromRoot({ name: 'root', timeout: '5s', rewrite: { uri: '/r' } }, { name: 'leaf', timeout: '1s', route: [] });
    assert.deepEqual(out, { name: 'root-leaf', timeout: '1s', rewrite: { uri: '/r' }, route: [] });
  });
});

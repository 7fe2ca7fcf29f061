import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { pathPrefixMatches, testPath } from '../../../src/mesh/gateway-api/path-match.js';

describe('HTTPPathMatch', () => {
  test('Gateway API: PathPrefix matches whole path segments (/v2 does not match /v2example)', () => {
    assert.equal(pathPrefixMatches('/v2', '/v2'), true);
    assert.equal(pathPrefixMatches('/v2', '/v2/'), true);
    assert.equal(pathPrefixMatches('/v2', '/v2/example'), true);
    assert.equal(pathPrefixMatches('/v2', '/v2example'), false);
    assert.equal(pathPrefixMatches('/v2', '/foo/v2/example'), false);
  });

  test('Gateway API: a trailing slash of the PathPrefix value is ignored (/abc/ matches /abc)', () => {
    assert.equal(pathPrefixMatches('/abc/', '/abc'), true);
    assert.equal(pathPrefixMatches('/abc/', '/abc/def'), true);
    assert.equal(pathPrefixMatches('/abc/', '/abcd'), false);
    assert.equal(pathPrefixMatches('/', '/anything'), true);
  });

  test('Gateway API: the explanation contrasts PathPrefix with a VirtualService string prefix', () => {
    const r = testPath('PathPrefix', '/v2', '/v2example');
    assert.equal(r.matched, false);
    assert.match(r.reason, /PathPrefix \/v2 matches whole path segments only \(Gateway API\), unlike a VirtualService prefix/);
  });

  test('Gateway API: Exact path is case-sensitive and has no trailing-slash tolerance', () => {
    assert.equal(testPath('Exact', '/two', '/two').matched, true);
    assert.equal(testPath('Exact', '/two', '/two/').matched, false);
    const upper = testPath('Exact', '/two', '/Two');
    assert.equal(upper.matched, false);
    assert.match(upper.reason, /case-sensitive/);
  });

  test('Gateway API: RegularExpression path must match the whole path (Istio RE2 full match)', () => {
    assert.equal(testPath('RegularExpression', '/api/v[0-9]+', '/api/v12').matched, true);
    const partial = testPath('RegularExpression', '/api/v[0-9]+', '/api/v12/users');
    assert.equal(partial.matched, false);
    assert.match(partial.reason, /only part/);
    assert.equal(testPath('RegularExpression', '(', '/').matched, false);
  });
});

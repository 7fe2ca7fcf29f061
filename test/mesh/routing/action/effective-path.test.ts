import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { effectivePath } from '../../../../src/mesh/routing/action/index.js';
import { buildRequestView } from '../../../../src/mesh/routing/match/index.js';

const req = (path: string) => buildRequestView({ host: 'a', path });

describe('effectivePath', () => {
  test('no rewrite, no new path', () => {
    assert.equal(effectivePath(undefined, undefined, req('/x')), null);
    assert.equal(effectivePath({ authority: 'b' }, undefined, req('/x')), null);
  });

  test('R4.5.1: prefix match replaces only the matched prefix', () => {
    const out = effectivePath({ uri: '/v2/' }, { prefix: '/v1/' }, req('/v1/items?x=1'));
    assert.equal(out?.path, '/v2/items?x=1');
    assert.equal(out?.rule, 'R4.5.1');
  });

  test('R4.5.1: exact match replaces the whole path and keeps the query', () => {
    assert.equal(effectivePath({ uri: '/new/path' }, { exact: '/foo' }, req('/foo?key=value#hash'))?.path, '/new/path?key=value');
  });

  test('R4.5.1: regex match replaces the whole path and keeps the query', () => {
    assert.equal(effectivePath({ uri: '/new' }, { regex: '/f.*' }, req('/foo/bar?a=b'))?.path, '/new?a=b');
  });

  test('R4.5.2: with no uri match, rewrite /v1 turns /foo into /v1foo', () => {
    const out = effectivePath({ uri: '/v1' }, undefined, req('/foo'));
    assert.equal(out?.path, '/v1foo');
    assert.equal(out?.rule, 'R4.5.2');
    assert.match(out?.reason ?? '', /plain string substitution/);
  });

  test('R4.5.1: prefix /common rewritten to / gives a double slash, and says so', () => {
    const out = effectivePath({ uri: '/' }, { prefix: '/common' }, req('/common/api'));
    assert.equal(out?.path, '//api');
    assert.match(out?.reason ?? '', /double slash/);
  });

  test('R4.5.3: uriRegexRewrite replaces every match, with \\1 captures, query kept', () => {
    const out = effectivePath({ uriRegexRewrite: { match: '/service/([^/]+)', rewrite: '/\\1' } }, { prefix: '/service' }, req('/service/a/service/b?x=1'));
    assert.equal(out?.path, '/a/b?x=1');
    assert.equal(out?.rule, 'R4.5.3');
    assert.equal(effectivePath({ uriRegexRewrite: { match: '^/v1/(.*)$', rewrite: '/v2/\\1' } }, undefined, req('/v1/x'))?.path, '/v2/x');
    assert.equal(effectivePath({ uriRegexRewrite: { match: 'a', rewrite: '\\\\' } }, undefined, req('/a'))?.path, '/\\');
  });

  test('R4.5.3: an invalid regex leaves the path and says why', () => {
    const out = effectivePath({ uriRegexRewrite: { match: '(', rewrite: '/' } }, undefined, req('/a'));
    assert.equal(out?.path, '/a');
    assert.match(out?.reason ?? '', /not valid RE2/);
  });
});

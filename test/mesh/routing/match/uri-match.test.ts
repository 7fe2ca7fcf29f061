import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, evaluateMatch } from '../../../../src/mesh/routing/match/index.js';

const req = (path: string) => buildRequestView({ host: 'reviews', path });

describe('uri matching', () => {
  test('R3.2.1: exact ignores the query string', () => {
    const out = evaluateMatch({ uri: { exact: '/productpage' } }, req('/productpage?u=normal'));
    assert.equal(out.matched, true);
    assert.match(out.reason, /query string is not compared/);
  });

  test('R3.2.1: exact /foo does not match /foo/', () => {
    const out = evaluateMatch({ uri: { exact: '/foo' } }, req('/foo/'));
    assert.equal(out.matched, false);
    assert.ok(!out.matched && out.field === 'uri.exact');
    assert.equal(out.reason, 'uri: expected exact "/foo", the path is "/foo/"');
  });

  test('R3.2.2: prefix /static also matches /staticfile and says it is a string prefix', () => {
    const out = evaluateMatch({ uri: { prefix: '/static' } }, req('/staticfile'));
    assert.equal(out.matched, true);
    assert.match(out.reason, /plain string prefix, not a path segment/);
    const segment = evaluateMatch({ uri: { prefix: '/static' } }, req('/static/app.css'));
    assert.doesNotMatch(segment.reason, /not a path segment/);
  });

  test('R3.2.2: prefix is compared with the full :path, query included', () => {
    assert.equal(evaluateMatch({ uri: { prefix: '/search?q=' } }, req('/search?q=x')).matched, true);
    const out = evaluateMatch({ uri: { prefix: '/api' } }, req('/health'));
    assert.ok(!out.matched);
    assert.equal(out.field, 'uri.prefix');
    assert.match(out.reason, /plain string prefix/);
  });

  test('R3.2.3: regex must match the whole path (a sub-match is not enough)', () => {
    const out = evaluateMatch({ uri: { regex: '/api/v[0-9]+' } }, req('/api/v1/x'));
    assert.ok(!out.matched);
    assert.equal(out.field, 'uri.regex');
    assert.match(out.reason, /^uri: regex "\/api\/v\[0-9\]\+" must match the whole path "\/api\/v1\/x" \(RE2 full match, R3\.2\.3\)/);
    assert.match(out.reason, /matches only part/);
    assert.equal(evaluateMatch({ uri: { regex: '/api/v[0-9]+/.*' } }, req('/api/v1/x')).matched, true);
  });

  test('R3.2.3: regex is tested against the path without the query string', () => {
    assert.equal(evaluateMatch({ uri: { regex: '/test/([^/]+)/test' } }, req('/test/a/test?x=1')).matched, true);
  });

  test('R3.2.3: an invalid regex never matches and never throws', () => {
    const out = evaluateMatch({ uri: { regex: '(unclosed' } }, req('/x'));
    assert.ok(!out.matched);
    assert.match(out.reason, /not valid RE2/);
  });

  test('R3.2.3: a JavaScript-style regex literal is flagged', () => {
    const out = evaluateMatch({ uri: { regex: '/\\/foo\\/bar/gi' } }, req('/foo/bar'));
    assert.ok(!out.matched);
    assert.match(out.reason, /JavaScript regex literal/);
  });

  test('R3.2.4: ignoreUriCase affects exact and prefix, not regex', () => {
    assert.equal(evaluateMatch({ uri: { exact: '/Foo' }, ignoreUriCase: true }, req('/fOO')).matched, true);
    assert.equal(evaluateMatch({ uri: { prefix: '/API' }, ignoreUriCase: true }, req('/api/x')).matched, true);
    assert.equal(evaluateMatch({ uri: { exact: '/Foo' } }, req('/foo')).matched, false);
    const regex = evaluateMatch({ uri: { regex: '/Foo' }, ignoreUriCase: true }, req('/foo'));
    assert.ok(!regex.matched);
    assert.match(regex.reason, /ignoreUriCase does not apply to regex/);
    assert.equal(evaluateMatch({ uri: { regex: '(?i)/Foo' } }, req('/foo')).matched, true);
  });

  test('R3.2.5: no uri condition matches every path', () => {
    assert.equal(evaluateMatch({}, req('/anything/at/all')).matched, true);
    assert.equal(evaluateMatch({ uri: {} }, req('/x')).matched, true);
  });

  test('R3.2.6: matching sees the normalised path', () => {
    const out = evaluateMatch({ uri: { prefix: '/admin' } }, req('/public/../admin/panel'));
    assert.equal(out.matched, true);
    assert.match(out.reason, /normalised from/);
    assert.equal(evaluateMatch({ uri: { prefix: '/public' } }, req('/public/../admin')).matched, false);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { requestForMatch } from '../../../../src/mesh/differences/concrete/request-for-match.js';
import { regexSample } from '../../../../src/mesh/differences/concrete/regex-sample.js';
import { unmatchedPath } from '../../../../src/mesh/differences/concrete/unmatched-path.js';
import { RE2JS } from 're2js';

describe('request derivation from a VirtualService match', () => {
  test('R3.2.1: exact uri gives that exact path', () => {
    const r = requestForMatch({ uri: { exact: '/productpage' } }, 'productpage');
    assert.equal(r.path, '/productpage');
    assert.deepEqual(r.problems, []);
  });

  test('R3.2.2: prefix adds a segment after the prefix, inside both string and segment semantics', () => {
    assert.equal(requestForMatch({ uri: { prefix: '/api' } }, 'h').path, '/api/x');
    assert.equal(requestForMatch({ uri: { prefix: '/static/' } }, 'h').path, '/static/x');
  });

  test('R3.2.3: regex gives a sample the pattern fully matches (RE2)', () => {
    for (const pattern of ['/api/v[0-9]+/users', '^/reviews/\\d+$', '/(foo|bar)/.*', '/[a-z]+/[^/]+/detail', '.*\\.css']) {
      const r = requestForMatch({ uri: { regex: pattern } }, 'h');
      assert.deepEqual(r.problems, [], pattern);
      assert.ok(RE2JS.compile(pattern).matches(r.path), `${pattern} vs ${r.path}`);
    }
  });

  test('regexSample returns null when no candidate matches', () => {
    assert.equal(regexSample('(?:a){1000}z{0}q[^\\s\\S]'), null);
  });

  test('R3.3.1 R3.3.2 R3.5.1 R3.6.1: headers, presence, query parameters and method are satisfied', () => {
    const r = requestForMatch({
      headers: { 'end-user': { exact: 'jason' }, 'x-trace': {}, 'x-version': { prefix: 'v2' }, cookie: { regex: '^(.*?;)?(user=jason)(;.*)?$' } },
      queryParams: { debug: { exact: 'true' }, flag: {} },
      method: { exact: 'POST' },
    }, 'reviews');
    assert.deepEqual(r.problems, []);
    assert.equal(r.method, 'POST');
    assert.deepEqual(r.headers.find((h) => h.name === 'end-user'), { name: 'end-user', value: 'jason' });
    assert.ok(r.headers.some((h) => h.name === 'x-trace'));
    assert.match(r.path, /^\/\?debug=true&flag$/);
  });

  test('R3.8.1 R2.2.1: port, sourceLabels and sourceNamespace are carried into the request', () => {
    const r = requestForMatch({ port: 9080, sourceLabels: { app: 'productpage' }, sourceNamespace: 'front' }, 'h');
    assert.equal(r.port, 9080);
    assert.deepEqual(r.sourceLabels, { app: 'productpage' });
    assert.equal(r.sourceNamespace, 'front');
  });

  test('R3.3.6: a JWT claim condition is reported as a problem', () => {
    const r = requestForMatch({ headers: { '@request.auth.claims.group': { exact: 'admin' } } }, 'h');
    assert.ok(r.problems.some((p) => p.includes('R3.3.6')));
  });
});

describe('the request that matches no route', () => {
  test('R3.10.1: a path outside every prefix is found and verified', () => {
    const path = unmatchedPath([{ match: [{ uri: { prefix: '/api' } }] }, { match: [{ uri: { exact: '/' } }] }], 'h');
    assert.equal(path, '/__unmatched__');
  });

  test('R3.2.2: a string prefix that covers the first candidate moves to the next one', () => {
    assert.equal(unmatchedPath([{ match: [{ uri: { prefix: '/__' } }] }], 'h'), '/zz-unmatched-9');
  });

  test('R3.1.3: a catch-all route leaves no unmatched request', () => {
    assert.equal(unmatchedPath([{ match: [{ uri: { prefix: '/api' } }] }, { route: [] }], 'h'), null);
    assert.equal(unmatchedPath([{ match: [{ uri: { prefix: '/' } }] }], 'h'), null);
  });
});

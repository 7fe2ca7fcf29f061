import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildRequestView, normalizePath } from '../../../../src/mesh/routing/match/index.js';

describe('buildRequestView', () => {
  test('defaults: path /, method GET, scheme http', () => {
    const r = buildRequestView({ host: 'reviews' });
    assert.equal(r.path, '/');
    assert.equal(r.pathWithoutQuery, '/');
    assert.equal(r.method, 'GET');
    assert.equal(r.scheme, 'http');
    assert.equal(r.headers.get(':method'), 'GET');
    assert.equal(r.headers.get(':scheme'), 'http');
    assert.equal(r.headers.get(':path'), '/');
  });

  test('R1.2.4: the authority keeps its port, and host maps to :authority', () => {
    const r = buildRequestView({ host: 'reviews:9080', headers: [{ name: 'Host', value: 'other' }] });
    assert.equal(r.authority, 'reviews:9080');
    assert.equal(r.headers.get(':authority'), 'reviews:9080');
    assert.equal(r.headers.get('host'), 'reviews:9080');
  });

  test('R3.3.4: header names are lower-cased; repeated headers are joined with a comma', () => {
    const r = buildRequestView({ host: 'a', headers: [{ name: 'End-User', value: 'jason' }, { name: 'x-a', value: '1' }, { name: 'X-A', value: '2' }] });
    assert.equal(r.headers.get('end-user'), 'jason');
    assert.equal(r.headers.get('x-a'), '1,2');
    assert.equal(r.headers.has('End-User'), false);
  });

  test('R3.5.2: query names keep their case; ?key has the empty value; repeated keys keep order', () => {
    const r = buildRequestView({ host: 'a', path: '/p?V=1&flag&v=2&v=3&e=' });
    assert.deepEqual(r.query.get('V'), ['1']);
    assert.deepEqual(r.query.get('v'), ['2', '3']);
    assert.deepEqual(r.query.get('flag'), ['']);
    assert.deepEqual(r.query.get('e'), ['']);
    assert.equal(r.pathWithoutQuery, '/p');
    assert.equal(r.path, '/p?V=1&flag&v=2&v=3&e=');
  });

  test('R3.2.6: dot segments are resolved before matching, the original path is kept', () => {
    const r = buildRequestView({ host: 'a', path: '/api/../admin/./x?q=/../' });
    assert.equal(r.pathWithoutQuery, '/admin/x');
    assert.equal(r.path, '/admin/x?q=/../');
    assert.equal(r.originalPath, '/api/../admin/./x?q=/../');
    assert.equal(r.headers.get(':path'), '/admin/x?q=/../');
  });

  test('R3.2.6: merge_slashes is off and escaped slashes stay', () => {
    assert.equal(normalizePath('/a//b/../c'), '/a//c');
    assert.equal(normalizePath('/a%2Fb/c'), '/a%2Fb/c');
    assert.equal(normalizePath('/a/b/..'), '/a/');
    assert.equal(normalizePath('/..'), '/');
    assert.equal(normalizePath('/a/%2e%2e/b'), '/b');
  });

  test('a fragment is not part of the path', () => {
    const r = buildRequestView({ host: 'a', path: '/foo?key=value#hash' });
    assert.equal(r.path, '/foo?key=value');
    assert.equal(r.pathWithoutQuery, '/foo');
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { redirectOf } from '../../../../src/mesh/routing/action/index.js';
import { buildRequestView } from '../../../../src/mesh/routing/match/index.js';

const req = (path: string, host = 'b', scheme?: string) => buildRequestView({ host, path, scheme });

describe('redirectOf', () => {
  test('no redirect, null', () => {
    assert.equal(redirectOf({ route: [] }, undefined, req('/'), 80, false), null);
  });

  test('R4.3.1: 301 by default, other supported codes kept', () => {
    assert.equal(redirectOf({ redirect: { uri: '/x' } }, undefined, req('/'), 80, false)?.status, 301);
    assert.equal(redirectOf({ redirect: { uri: '/x', redirectCode: 308 } }, undefined, req('/'), 80, false)?.status, 308);
  });

  test('R4.3.1: an unsupported 3xx code is UNVERIFIED', () => {
    const out = redirectOf({ redirect: { uri: '/x', redirectCode: 305 } }, undefined, req('/'), 80, false);
    assert.equal(out?.unverified, true);
    assert.match(out?.reason ?? '', /UNVERIFIED/);
  });

  test('R4.3.2: uri replaces the whole path and the query is kept', () => {
    const out = redirectOf({ redirect: { uri: '/new/path' } }, { prefix: '/foo' }, req('/foo?key=value'), 80, false);
    assert.equal(out?.location, 'http://b/new/path?key=value');
    assert.equal(out?.unverified, false);
  });

  test('R4.3.2: prefixRewrite replaces the matched prefix only', () => {
    assert.equal(redirectOf({ redirect: { prefixRewrite: '/new/' } }, { prefix: '/foo/' }, req('/foo/bar'), 80, false)?.location, 'http://b/new/bar');
  });

  test('R4.3.2: without uri or prefixRewrite the path is unchanged', () => {
    assert.equal(redirectOf({ redirect: { authority: 'c' } }, undefined, req('/foo'), 80, false)?.location, 'http://c/foo');
  });

  test('R4.3.3: port and scheme: https on port 80 keeps the port', () => {
    assert.equal(redirectOf({ redirect: { scheme: 'https', port: 80 } }, undefined, req('/foo'), 80, false)?.location, 'https://b:80/foo');
  });

  test('R4.3.3: derivePort FROM_REQUEST_PORT uses the listener port, omitted when default for the scheme', () => {
    const route = { redirect: { derivePort: 'FROM_REQUEST_PORT' } };
    assert.equal(redirectOf(route, undefined, req('/foo'), 80, false)?.location, 'http://b/foo');
    assert.equal(redirectOf(route, undefined, req('/foo', 'b:80'), 80, false)?.location, 'http://b:80/foo');
    assert.equal(redirectOf(route, undefined, req('/foo'), 85, false)?.location, 'http://b:85/foo');
  });

  test('R4.3.3: on a TLS server the default scheme for port elision is https', () => {
    assert.equal(redirectOf({ redirect: { port: 443 } }, undefined, req('/foo', 'b', 'https'), 443, true)?.location, 'https://b/foo');
    assert.equal(redirectOf({ redirect: { port: 443 } }, undefined, req('/foo'), 80, false)?.location, 'http://b:443/foo');
  });

  test('R4.3.3: authority replaces the host, port appended', () => {
    assert.equal(redirectOf({ redirect: { authority: 'new.example.com', port: 8443, scheme: 'https' } }, undefined, req('/p', 'b:9080'), 80, false)?.location, 'https://new.example.com:8443/p');
  });
});

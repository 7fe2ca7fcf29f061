// Request defaults (DESIGN.md request table) and the authority split (R1.2.2, R1.2.4).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeRequest, splitHostPort } from '../../../src/mesh/routing/request.js';

describe('request', () => {
  test('R1.2.4: the port in the Host header is split off for virtual host selection, the authority keeps it', () => {
    assert.deepEqual(splitHostPort('Reviews:9080'), { hostname: 'reviews', port: 9080 });
    assert.deepEqual(splitHostPort('[::1]:80'), { hostname: '::1', port: 80 });
    assert.deepEqual(splitHostPort('reviews.default.svc.cluster.local.'), { hostname: 'reviews.default.svc.cluster.local.', port: null });
    assert.equal(normalizeRequest({ host: 'Reviews:9080' }).authority, 'Reviews:9080');
  });

  test('R1.2.2: port defaults come from the Host header, else 80; a gateway leaves it to the Gateway servers', () => {
    const r = normalizeRequest({ host: 'reviews:9080' });
    assert.deepEqual([r.port, r.portSource, r.path, r.method, r.scheme, r.sourceNamespace, r.outboundTrafficPolicy], [9080, 'host', '/', 'GET', 'http', 'default', 'ALLOW_ANY']);
    assert.deepEqual([normalizeRequest({ host: 'reviews' }).port, normalizeRequest({ host: 'reviews' }).portSource], [80, 'default']);
    assert.equal(normalizeRequest({ host: 'reviews:9080', port: 8080 }).port, 8080);
    assert.equal(normalizeRequest({ host: 'x', gateway: 'default/gw' }).port, null);
  });
});

// Route actions through the pipeline (R4.1-R4.10).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate } from '../helpers/simulate.js';

const VS = (route: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - ${route}`;
const BASE = join(app('web'), app('api'), app('shadow'));

describe('action', () => {
  test('R4.3.1, R4.3.2: a redirect answers 301 with the new location, the query kept', () => {
    const r = simulate(join(BASE, VS('redirect: {uri: /new, authority: www.example.com}')), { host: 'web', path: '/old?x=1' });
    assert.equal(r.outcome, 'REDIRECTED');
    assert.equal(r.status, 301);
    assert.equal(r.redirect?.location, 'http://www.example.com/new?x=1');
    assert.deepEqual(r.destinations, []);
  });

  test('R4.4.1: a directResponse answers without any upstream', () => {
    const r = simulate(join(BASE, VS('directResponse: {status: 503, body: {string: maintenance}}')), { host: 'web' });
    assert.equal(r.outcome, 'DIRECT_RESPONSE');
    assert.deepEqual(r.directResponse, { status: 503, body: 'maintenance' });
  });

  test('R4.8.2: an abort below 100% is reported as a fault but the request is still routed', () => {
    const r = simulate(join(BASE, VS('fault: {abort: {httpStatus: 503, percentage: {value: 10}}}\n    route: [{destination: {host: api}}]')), { host: 'web' });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.fault?.abort, { status: 503, percent: 10 });
  });

  test('R4.2.2: destinations with weight 0 get no traffic; the others share by weight', () => {
    const r = simulate(join(BASE, VS('route: [{destination: {host: web}, weight: 3}, {destination: {host: api}, weight: 1}, {destination: {host: shadow}, weight: 0}]')), { host: 'web' });
    assert.deepEqual(r.destinations.map((d) => [d.host, d.weight]), [['web.default.svc.cluster.local', 75], ['api.default.svc.cluster.local', 25]]);
  });

  test('R4.5.1: rewrite.uri replaces the matched prefix and the upstream receives the new path', () => {
    const r = simulate(join(BASE, `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - match: [{uri: {prefix: /v1/}}]
    rewrite: {uri: /api/, authority: api.internal}
    route: [{destination: {host: api}}]`), { host: 'web', path: '/v1/users?page=2' });
    assert.deepEqual(r.rewrite, { path: '/api/users?page=2', authority: 'api.internal' });
  });

  test('R4.7.1, R4.9.1: the default route has no timeout and Istio default retries', () => {
    const r = simulate(app('web'), { host: 'web' });
    assert.equal(r.timeout?.isDefault, true);
    assert.equal(r.timeout?.value, null);
    assert.equal(r.retries?.attempts, 2);
    assert.equal(r.retries?.isDefault, true);
  });

  test('R4.10.1: a mirror gets its own cluster name', () => {
    const r = simulate(join(BASE, VS('route: [{destination: {host: web}}]\n    mirror: {host: shadow}\n    mirrorPercentage: {value: 25}')), { host: 'web' });
    assert.deepEqual(r.mirrors, [{ host: 'shadow.default.svc.cluster.local', port: 80, subset: null, percent: 25, cluster: 'outbound|80||shadow.default.svc.cluster.local' }]);
  });

  test('R4.11.1: the CORS policy of the route is reported', () => {
    const r = simulate(join(BASE, VS('corsPolicy: {allowOrigins: [{exact: "https://a.example"}]}\n    route: [{destination: {host: web}}]')), { host: 'web' });
    assert.deepEqual(r.corsPolicy, { allowOrigins: [{ exact: 'https://a.example' }] });
  });
});

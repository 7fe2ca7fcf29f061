// Route matching through the pipeline (R3.1, R2.2, R2.5.2, R3.8.1, R3.10.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const VS = (http: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
${http}`;
const BASE = join(app('web', { versions: ['v1', 'v2'] }), app('api'));

describe('route match', () => {
  test('R3.1.1: routes are tried in order; every route not taken is reported with its first failed condition', () => {
    const r = simulate(join(BASE, VS(`  - match: [{headers: {x-team: {exact: blue}}}]
    route: [{destination: {host: api}}]
  - match: [{uri: {regex: "/v[0-9]+"}}]
    route: [{destination: {host: api}}]
  - route: [{destination: {host: web}}]`)), { host: 'web', path: '/v1/items' });
    const notTaken = stepsOf(r, 'match').filter((s) => s.decision === 'not-matched');
    assert.deepEqual(notTaken.map((s) => s.source?.field), ['spec.http[0].match[0].headers.x-team.exact', 'spec.http[1].match[0].uri.regex']);
    assert.equal(r.route?.index, 2);
  });

  test('R3.2.3: a regex must match the whole path (through the pipeline)', () => {
    const r = simulate(join(BASE, VS('  - match: [{uri: {regex: "/v[0-9]+/items"}}]\n    route: [{destination: {host: api}}]')), { host: 'web', path: '/v1/items/3' });
    assert.equal(r.outcome, 'NO_ROUTE');
  });

  test('R3.1.3: a catch-all route ends the VirtualService: later routes are never tried', () => {
    const r = simulate(join(BASE, VS(`  - match: [{uri: {prefix: /}}]
    route: [{destination: {host: web}}]
  - match: [{uri: {prefix: /api}}]
    route: [{destination: {host: api}}]`)), { host: 'web', path: '/api' });
    assert.equal(r.destinations[0].host, 'web.default.svc.cluster.local');
    assert.equal(stepsOf(r, 'match').length, 1);
  });

  test('R2.2.1, R3.1.4: a route whose matches need other sourceLabels is left out for this client', () => {
    const r = simulate(join(BASE, VS(`  - match: [{sourceLabels: {app: frontend}}]
    route: [{destination: {host: api}}]
  - route: [{destination: {host: web}}]`)), { host: 'web', source: { namespace: 'default', labels: { app: 'batch' } } });
    assert.equal(r.destinations[0].host, 'web.default.svc.cluster.local');
    const skipped = stepsOf(r, 'match').find((s) => s.decision === 'skipped');
    assert.equal(skipped?.source?.field, 'spec.http[0].match[0].sourceLabels.app');
    const frontend = simulate(join(BASE, VS(`  - match: [{sourceLabels: {app: frontend}}]
    route: [{destination: {host: api}}]
  - route: [{destination: {host: web}}]`)), { host: 'web', source: { namespace: 'default', labels: { app: 'frontend' } } });
    assert.equal(frontend.destinations[0].host, 'api.default.svc.cluster.local');
  });

  test('R2.5.2: when every route is left out for the client, the Service default route applies instead of a 404', () => {
    const r = simulate(join(BASE, VS('  - match: [{sourceNamespace: other}]\n    route: [{destination: {host: api}}]')), { host: 'web' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0].cluster, 'outbound|80||web.default.svc.cluster.local');
    assert.equal(r.envoy.route, 'default');
    assert.ok(stepsOf(r, 'match').some((s) => s.rules?.includes('R2.5.2')));
  });

  test('R3.8.1: match.port is compared with the port the request was sent to', () => {
    const yaml = join(app('web', { port: 80 }).replace('ports: [{name: http, port: 80, targetPort: 80}]', 'ports: [{name: http, port: 80, targetPort: 80}, {name: http-alt, port: 8080, targetPort: 8080}]'),
      app('api'), VS('  - match: [{port: 8080}]\n    route: [{destination: {host: api}}]\n  - route: [{destination: {host: web, port: {number: 80}}}]'));
    assert.equal(simulate(yaml, { host: 'web', port: 8080 }).destinations[0].host, 'api.default.svc.cluster.local');
    assert.equal(simulate(yaml, { host: 'web', port: 80 }).destinations[0].host, 'web.default.svc.cluster.local');
  });

  test('R3.10.1: when no route matches, Envoy answers 404 NR and names the VirtualService', () => {
    const r = simulate(join(BASE, VS('  - match: [{uri: {exact: /a}}]\n    route: [{destination: {host: api}}]')), { host: 'web', path: '/b' });
    assert.equal(r.status, 404);
    assert.equal(r.responseFlag, 'NR');
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'web' });
    assert.equal(r.envoy.failure, 'no-route');
  });
});

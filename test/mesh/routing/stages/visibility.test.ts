// Visibility: which VirtualServices and services a proxy sees (R2.1, R2.3, R2.4).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

function vs(name: string, namespace: string, extra: string, dest = 'web.default.svc.cluster.local', subsetPath = '/v2'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  hosts: [web.default.svc.cluster.local]
${extra}
  http:
  - match: [{uri: {prefix: ${subsetPath}}}]
    route: [{destination: {host: ${dest}}}]`;
}

describe('visibility', () => {
  test('R2.3.2: a VirtualService exported only to its own namespace does not apply to clients elsewhere', () => {
    const yaml = join(app('web'), vs('web-route', 'team', '  exportTo: ["."]'));
    const other = simulate(yaml, { host: 'web', path: '/v2', source: { namespace: 'default' } });
    assert.equal(other.virtualService, null);
    const skipped = stepsOf(other, 'visibility').find((s) => s.decision === 'skipped');
    assert.equal(skipped?.source?.field, 'spec.exportTo');
    assert.deepEqual(skipped?.rules, ['R2.3.2']);
    const own = simulate(yaml, { host: 'web.default.svc.cluster.local', path: '/v2', source: { namespace: 'team' } });
    assert.deepEqual(own.virtualService, { namespace: 'team', name: 'web-route' });
  });

  test('R2.1.2: a VirtualService bound only to a gateway is ignored by sidecars', () => {
    const r = simulate(join(app('web'), vs('edge', 'default', '  gateways: [my-gateway]')), { host: 'web', path: '/x' });
    assert.equal(r.virtualService, null);
    assert.equal(r.outcome, 'ROUTED', 'the default route applies');
    assert.match(stepsOf(r, 'visibility')[0].reason, /not to mesh/);
  });

  test('R2.3.4: a Service exported only to its own namespace is invisible to other clients', () => {
    const hidden = app('web').replace('metadata: {name: web, namespace: default}', 'metadata: {name: web, namespace: default, annotations: {networking.istio.io/exportTo: "."}}');
    const r = simulate(hidden, { host: 'web.default.svc.cluster.local', source: { namespace: 'other' } });
    assert.equal(r.outcome, 'PASSTHROUGH');
    assert.ok(stepsOf(r, 'visibility').some((s) => s.rules?.includes('R2.3.4')));
  });

  test('R2.3.3: a gateway proxy in istio-system does not see a VirtualService exported only to default', () => {
    const gateway = `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]`;
    const bound = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: edge, namespace: default}
spec:
  hosts: ["*"]
  gateways: [gw]
  exportTo: ["."]
  http:
  - route: [{destination: {host: web}}]`;
    const r = simulate(join(app('web'), gateway, bound), { host: 'x', gateway: 'default/gw' });
    assert.equal(r.outcome, 'NO_ROUTE');
    assert.equal(r.envoy.virtualHost, 'blackhole:80');
    assert.ok(stepsOf(r, 'visibility').some((s) => s.rules?.includes('R2.3.3')));
  });

  test('R2.4.2: a Sidecar egress host imports the service from the listed namespace only', () => {
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: default}
spec:
  egress: [{hosts: ["team/*"]}]`;
    const r = simulate(join(app('web'), app('api', { namespace: 'team' }), sidecar), { host: 'api.team' });
    assert.equal(r.outcome, 'ROUTED');
    const blocked = simulate(join(app('web'), app('api', { namespace: 'team' }), sidecar), { host: 'web' });
    assert.equal(blocked.outcome, 'PASSTHROUGH');
  });
});

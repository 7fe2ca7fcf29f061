// simulateRoute asks the Gateway API simulator first and falls back to the Istio pipeline when it returns null.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate } from './helpers/simulate.js';

const GAMMA_ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: to-v2, namespace: default}
spec:
  parentRefs: [{group: "", kind: Service, name: web, port: 80}]
  rules:
  - backendRefs: [{name: web-v2, port: 80}]`;

const VIRTUAL_SERVICE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - route: [{destination: {host: web-v1}}]`;

const MESH = join(app('web'), app('web-v1'), app('web-v2'), VIRTUAL_SERVICE);

const NORTH_SOUTH = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: public, namespace: default}
spec:
  gatewayClassName: istio
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: site, namespace: default}
spec:
  parentRefs: [{name: public}]
  rules:
  - backendRefs: [{name: web-v1, port: 80}]`;

describe('Gateway API before the Istio pipeline', () => {
  test('GAMMA: an HTTPRoute whose parentRef is the called Service decides, not the VirtualService', () => {
    const r = simulate(join(MESH, GAMMA_ROUTE), { host: 'web' });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.httpRoute, { namespace: 'default', name: 'to-v2' });
    assert.equal(r.virtualService, null);
    assert.equal(r.envoy.cluster, 'outbound|80||web-v2.default.svc.cluster.local');
    assert.deepEqual(r.matchedRoute?.rule, { backendRefs: [{ name: 'web-v2', port: 80 }] });
    assert.equal(r.matchedRoute?.source.field, 'spec.rules[0]');
  });

  test('GAMMA: a call to another Service falls back to the Istio pipeline', () => {
    const r = simulate(join(MESH, GAMMA_ROUTE), { host: 'web-v1' });
    assert.equal(r.httpRoute, undefined);
    assert.equal(r.envoy.cluster, 'outbound|80||web-v1.default.svc.cluster.local');
  });

  test('R1.5.2: without an attached HTTPRoute the VirtualService still decides', () => {
    const r = simulate(MESH, { host: 'web' });
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'web' });
    assert.equal(r.envoy.cluster, 'outbound|80||web-v1.default.svc.cluster.local');
  });

  test('north-south: request.gateway naming a gateway.networking.k8s.io Gateway is simulated by Gateway API', () => {
    const r = simulate(join(MESH, NORTH_SOUTH), { host: 'shop.example.com', gateway: 'default/public' });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.parent, { kind: 'Gateway', namespace: 'default', name: 'public', section: 'http' });
    assert.equal(r.envoy.cluster, 'outbound|80||web-v1.default.svc.cluster.local');
  });

  test('north-south: no listener on the port is a refused connection (no-listener), not a 404', () => {
    const r = simulate(join(MESH, NORTH_SOUTH), { host: 'shop.example.com', port: 8443, gateway: 'default/public' });
    assert.equal(r.outcome, 'NO_ROUTE');
    assert.equal(r.envoy.failure, 'no-listener');
  });
});

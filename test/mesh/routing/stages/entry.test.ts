// Entry stage: which proxy handles the request (R2.4.1 Sidecar scope, R7.1 gateway Pods and merged Gateways).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const GATEWAY = (name: string, port: number, hosts = '["*"]', extra = '') => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ${name}, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: ${port}, name: http, protocol: HTTP}
    hosts: ${hosts}
${extra}`;
const GATEWAY_VS = (name: string, gateway: string, host = '"*"', dest = 'web') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: default}
spec:
  hosts: [${host}]
  gateways: [${gateway}]
  http:
  - route: [{destination: {host: ${dest}}}]`;
const INGRESS_POD = `apiVersion: v1
kind: Pod
metadata: {name: istio-ingressgateway-1, namespace: istio-system, labels: {istio: ingressgateway}}
spec:
  containers: [{name: istio-proxy, image: proxyv2, ports: [{containerPort: 8080}]}]`;

describe('entry', () => {
  test('R2.4.1: a Sidecar whose egress does not list the host leaves it out of the client scope (R2.4.3 passthrough)', () => {
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: default}
spec:
  egress: [{hosts: ["./other.default.svc.cluster.local"]}]`;
    const r = simulate(join(app('web'), app('other'), sidecar), { host: 'web' });
    assert.equal(r.outcome, 'PASSTHROUGH');
    const scope = stepsOf(r, 'entry').find((s) => s.decision === 'applied');
    assert.equal(scope?.source?.name, 'default');
    assert.equal(scope?.source?.kind, 'Sidecar');
  });

  test('R7.1.1, R7.1.2: without a matching Pod the installation gateway Pod is assumed in istio-system', () => {
    const r = simulate(join(app('web'), GATEWAY('gw', 80), GATEWAY_VS('vs', 'gw')), { host: 'a.example.com', gateway: 'default/gw' });
    const assumed = stepsOf(r, 'entry').find((s) => s.decision === 'assumed');
    assert.ok(assumed);
    assert.deepEqual(assumed.rules, ['R7.1.1', 'R7.1.2']);
    assert.equal(r.outcome, 'ROUTED');
  });

  test('R7.1.1: a Pod whose labels contain the selector runs the gateway proxy', () => {
    const r = simulate(join(app('web'), GATEWAY('gw', 80), GATEWAY_VS('vs', 'gw'), INGRESS_POD), { host: 'a.example.com', gateway: 'default/gw' });
    assert.equal(stepsOf(r, 'entry').some((s) => s.decision === 'assumed'), false);
    assert.equal(stepsOf(r, 'entry')[0].source?.name, 'istio-ingressgateway-1');
  });

  test('R7.1.3: every Gateway selecting the Pod applies, so a VirtualService bound to another Gateway on the same Pod is reached', () => {
    const yaml = join(app('web'), app('api'), GATEWAY('gw-a', 80, '["a.example.com"]'), GATEWAY('gw-b', 80, '["b.example.com"]'), GATEWAY_VS('vs-b', 'gw-b', '"b.example.com"', 'api'));
    const r = simulate(yaml, { host: 'b.example.com', gateway: 'default/gw-a' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0].host, 'api.default.svc.cluster.local');
  });

  test('R7.1.1: a Gateway that is not in the set cannot receive the request', () => {
    const r = simulate(app('web'), { host: 'web', gateway: 'default/missing' });
    assert.equal(r.outcome, 'NO_ROUTE');
    assert.equal(r.status, null);
    assert.equal(r.envoy.failure, 'no-listener');
  });
});

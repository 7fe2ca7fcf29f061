import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { indexOfTexts, split } from './helpers.js';
import type { RouteRequest } from '../../../src/mesh/routing/types.js';

const MESH = `
apiVersion: v1
kind: Service
metadata: {name: echo, namespace: mesh}
spec: {selector: {app: echo}, ports: [{name: http, port: 80, targetPort: 8080}]}
${['v1', 'v2'].map((v) => `---
apiVersion: v1
kind: Service
metadata: {name: echo-${v}, namespace: mesh}
spec: {selector: {app: echo, version: ${v}}, ports: [{name: http, port: 8080}]}
---
apiVersion: v1
kind: Pod
metadata: {name: echo-${v}-pod, namespace: mesh, labels: {app: echo, version: ${v}}}
spec: {containers: [{name: c, image: x}]}
`).join('')}`;

function meshRoute(name: string, namespace: string, v: string, extra = ''): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  parentRefs: [{group: "", kind: Service, name: echo, namespace: mesh, port: 80}]
${extra}  rules:
  - backendRefs: [{name: echo-${v}, namespace: mesh, port: 8080}]
`;
}

const GRANT = `---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: allow, namespace: mesh}
spec: {from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: client}], to: [{group: "", kind: Service}]}
`;

function call(yaml: string, namespace = 'mesh', host = 'echo', port: number | null = null): ReturnType<typeof simulateGatewayApiRoute> {
  const request: RouteRequest = { host, port, path: '/', source: { namespace } };
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: MESH + yaml }]), request);
}

describe('GAMMA: HTTPRoute with a Service parent', () => {
  test('GAMMA: a producer route replaces the Service default route for mesh clients', () => {
    const result = call(meshRoute('r', 'mesh', 'v1'));
    assert.deepEqual(split(result), { 'echo-v1': 100 });
    assert.equal(result?.kubernetes.service?.name, 'echo');
    assert.deepEqual(result?.kubernetes.endpoints.map((e) => e.pod).sort(), ['mesh/echo-v1-pod', 'mesh/echo-v2-pod']);
    assert.match(result?.kubernetes.note ?? '', /ignoring the HTTPRoute/);
  });

  test('GAMMA: the host is found through the client DNS search path (short name, name.namespace, FQDN)', () => {
    const yaml = meshRoute('r', 'mesh', 'v1');
    assert.deepEqual(split(call(yaml, 'client', 'echo.mesh')), { 'echo-v1': 100 });
    assert.deepEqual(split(call(yaml, 'client', 'echo.mesh.svc.cluster.local')), { 'echo-v1': 100 });
    assert.equal(call(yaml, 'client', 'echo'), null);
  });

  test('GAMMA: no route for the Service, or another port, means Gateway API does not apply (null)', () => {
    assert.equal(call(''), null);
    assert.equal(call(meshRoute('r', 'mesh', 'v1'), 'mesh', 'echo', 8080), null);
  });

  test('GAMMA: a consumer route applies only to clients in its namespace, and there beats producer routes', () => {
    const yaml = meshRoute('producer', 'mesh', 'v1') + meshRoute('consumer', 'client', 'v2') + GRANT;
    assert.deepEqual(split(call(yaml, 'client', 'echo.mesh')), { 'echo-v2': 100 });
    assert.deepEqual(split(call(yaml, 'mesh', 'echo')), { 'echo-v1': 100 });
  });

  test('GAMMA: hostnames have no effect for a Service parent', () => {
    const result = call(meshRoute('r', 'mesh', 'v1', '  hostnames: [unrelated.example]\n'));
    assert.deepEqual(split(result), { 'echo-v1': 100 });
    assert.ok(result?.steps.some((s) => s.stage === 'virtual-host' && /no effect for a Service parent/.test(s.reason)));
  });

  test('GAMMA: a request through a gateway is not a mesh request', () => {
    const request: RouteRequest = { host: 'echo', path: '/', gateway: 'mesh/none', source: { namespace: 'mesh' } };
    assert.equal(simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: MESH + meshRoute('r', 'mesh', 'v1') }]), request), null);
  });
});

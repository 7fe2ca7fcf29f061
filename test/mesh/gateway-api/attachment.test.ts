import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { INFRA, indexOfTexts, split, viaGateway } from './helpers.js';

const OTHER_NAMESPACES = `
---
apiVersion: v1
kind: Namespace
metadata: {name: apps, labels: {expose: "yes"}}
---
apiVersion: v1
kind: Namespace
metadata: {name: hidden}
`;

function gateway(listeners: string): string {
  return `
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: multi, namespace: infra}
spec:
  gatewayClassName: istio
  listeners:
${listeners}`;
}

function route(name: string, namespace: string, parentRef: string, v = 'v1'): string {
  return `
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  parentRefs: [${parentRef}]
  rules:
  - backendRefs: [{name: backend-${v}, namespace: infra, port: 8080}]
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: from-${name}, namespace: infra}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: ${namespace}}]
  to: [{group: "", kind: Service}]
`;
}

function run(yaml: string, port = 80, host = 'x.test'): ReturnType<typeof simulateGatewayApiRoute> {
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + OTHER_NAMESPACES + yaml }]), viaGateway('/', { gateway: 'infra/multi', port, host }));
}

describe('parentRefs and allowedRoutes', () => {
  test('Gateway API: allowedRoutes from Same (the default) refuses routes of other namespaces', () => {
    const yaml = gateway('  - {name: http, port: 80, protocol: HTTP}') + route('r', 'apps', '{name: multi, namespace: infra}');
    const result = run(yaml);
    assert.equal(result?.status, 404);
    assert.ok(result?.steps.some((s) => s.stage === 'visibility' && s.decision === 'skipped' && /from: Same \(the default\)/.test(s.reason)));
  });

  test('Gateway API: allowedRoutes from All accepts routes of any namespace', () => {
    const yaml = gateway('  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}') + route('r', 'hidden', '{name: multi, namespace: infra}');
    assert.deepEqual(split(run(yaml)), { 'backend-v1': 100 });
  });

  test('Gateway API: allowedRoutes from Selector matches the labels of the route namespace', () => {
    const listener = '  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {expose: "yes"}}}}}';
    assert.deepEqual(split(run(gateway(listener) + route('r', 'apps', '{name: multi, namespace: infra}'))), { 'backend-v1': 100 });
    assert.equal(run(gateway(listener) + route('r', 'hidden', '{name: multi, namespace: infra}'))?.status, 404);
  });

  test('Gateway API: Selector sees the kubernetes.io/metadata.name label of every namespace', () => {
    const listener = '  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Selector, selector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [hidden]}]}}}}';
    assert.deepEqual(split(run(gateway(listener) + route('r', 'hidden', '{name: multi, namespace: infra}'))), { 'backend-v1': 100 });
  });

  test('Gateway API: the listener is chosen by port, and sectionName binds a route to one listener', () => {
    const listeners = '  - {name: web, port: 80, protocol: HTTP}\n  - {name: alt, port: 8080, protocol: HTTP}';
    // a-alt sorts first, so it would win every tie if sectionName did not keep it off listener web.
    const yaml = gateway(listeners) + route('a-alt', 'infra', '{name: multi, sectionName: alt}', 'v2') + route('b-all', 'infra', '{name: multi}', 'v1');
    assert.deepEqual(split(run(yaml, 8080)), { 'backend-v2': 100 });
    assert.deepEqual(split(run(yaml, 80)), { 'backend-v1': 100 });
  });

  test('Gateway API: parentRef port binds a route to the listeners on that port', () => {
    const listeners = '  - {name: web, port: 80, protocol: HTTP}\n  - {name: alt, port: 8080, protocol: HTTP}';
    const yaml = gateway(listeners) + route('r', 'infra', '{name: multi, port: 8080}');
    assert.deepEqual(split(run(yaml, 8080)), { 'backend-v1': 100 });
    assert.equal(run(yaml, 80)?.status, 404);
  });

  test('Gateway API: no listener on the port means no route (connection refused)', () => {
    const result = run(gateway('  - {name: web, port: 80, protocol: HTTP}'), 9999);
    assert.equal(result?.outcome, 'NO_ROUTE');
    assert.equal(result?.status, null);
    assert.match(result?.summary ?? '', /no listener/);
  });

  test('Gateway API: the listener with the most specific hostname takes the request', () => {
    const listeners = '  - {name: any, port: 80, protocol: HTTP}\n  - {name: named, port: 80, protocol: HTTP, hostname: x.test}';
    const yaml = gateway(listeners) + route('named', 'infra', '{name: multi, sectionName: named}', 'v2') + route('any', 'infra', '{name: multi, sectionName: any}', 'v1');
    assert.deepEqual(split(run(yaml, 80, 'x.test')), { 'backend-v2': 100 });
    assert.deepEqual(split(run(yaml, 80, 'y.test')), { 'backend-v1': 100 });
  });

  test('Gateway API: an Istio Gateway or an unknown gateway is not handled here (null)', () => {
    const istio = `
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: istio-gw, namespace: infra}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
`;
    const index = indexOfTexts([{ name: 'm.yaml', text: INFRA + istio }]);
    assert.equal(simulateGatewayApiRoute(index, viaGateway('/', { gateway: 'infra/istio-gw' })), null);
    assert.equal(simulateGatewayApiRoute(index, viaGateway('/', { gateway: 'infra/missing' })), null);
  });
});

describe('request port', () => {
  test('Gateway API: without a port the Gateway\'s only listener port is used, else 80', () => {
    const single = gateway('  - {name: alt, port: 8080, protocol: HTTP}') + route('r', 'infra', '{name: multi}');
    const index = indexOfTexts([{ name: 'm.yaml', text: INFRA + single }]);
    assert.deepEqual(split(simulateGatewayApiRoute(index, { host: 'x.test', path: '/', gateway: 'infra/multi' })), { 'backend-v1': 100 });
    const two = gateway('  - {name: web, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}\n  - {name: alt, port: 8080, protocol: HTTP}') + route('r', 'infra', '{name: multi, sectionName: web}');
    const both = indexOfTexts([{ name: 'm.yaml', text: INFRA + two }]);
    assert.equal(simulateGatewayApiRoute(both, { host: 'x.test', path: '/', gateway: 'infra/multi' })?.parent.section, 'web');
    assert.equal(simulateGatewayApiRoute(both, { host: 'x.test:8080', path: '/', gateway: 'infra/multi' })?.parent.section, 'alt');
  });
});

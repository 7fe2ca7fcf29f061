import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { backend, httpRoute, INFRA, indexOfTexts, split, viaGateway } from './helpers.js';

const WILDCARD_LISTENER = INFRA.replace('- {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Same}}}', '- {name: http, port: 80, protocol: HTTP, hostname: "*.example.com"}');

function run(base: string, yaml: string, host: string): ReturnType<typeof simulateGatewayApiRoute> {
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: base + yaml }]), viaGateway('/', { host }));
}

describe('Hostnames: listener hostname ∩ route hostnames', () => {
  test('Gateway API: a route hostname matching no listener hostname does not attach', () => {
    const yaml = httpRoute('r', `  - backendRefs: [${backend('v1')}]\n`, '  hostnames: [other.org]\n');
    const result = run(WILDCARD_LISTENER, yaml, 'a.example.com');
    assert.equal(result?.outcome, 'NO_ROUTE');
    assert.ok(result?.steps.some((s) => s.stage === 'visibility' && s.decision === 'skipped' && /intersect/.test(s.reason)));
  });

  test('Gateway API: a wildcard listener hostname covers subdomains (any depth) but not the bare domain', () => {
    const yaml = httpRoute('r', `  - backendRefs: [${backend('v1')}]\n`);
    assert.deepEqual(split(run(WILDCARD_LISTENER, yaml, 'a.example.com')), { 'backend-v1': 100 });
    assert.deepEqual(split(run(WILDCARD_LISTENER, yaml, 'b.a.example.com')), { 'backend-v1': 100 });
    assert.equal(run(WILDCARD_LISTENER, yaml, 'example.com')?.outcome, 'NO_ROUTE');
  });

  test('Gateway API: route hostname intersected with a wildcard listener keeps the more specific name', () => {
    const yaml = httpRoute('r', `  - backendRefs: [${backend('v1')}]\n`, '  hostnames: ["*.com"]\n');
    assert.deepEqual(split(run(WILDCARD_LISTENER, yaml, 'a.example.com')), { 'backend-v1': 100 });
    assert.equal(run(WILDCARD_LISTENER, yaml, 'a.other.com')?.outcome, 'NO_ROUTE');
  });

  test('Gateway API: the most specific hostname wins; routes on a broader hostname do not compete', () => {
    const exact = httpRoute('exact', `  - matches: [{path: {type: Exact, value: /only}}]\n    backendRefs: [${backend('v1')}]\n`, '  hostnames: [foo.example.com]\n');
    const wild = httpRoute('wild', `  - backendRefs: [${backend('v2')}]\n`, '  hostnames: ["*.example.com"]\n');
    const index = indexOfTexts([{ name: 'm.yaml', text: INFRA + exact + wild }]);
    assert.deepEqual(split(simulateGatewayApiRoute(index, viaGateway('/only', { host: 'foo.example.com' }))), { 'backend-v1': 100 });
    const miss = simulateGatewayApiRoute(index, viaGateway('/else', { host: 'foo.example.com' }));
    assert.equal(miss?.status, 404);
    assert.deepEqual(split(simulateGatewayApiRoute(index, viaGateway('/else', { host: 'bar.example.com' }))), { 'backend-v2': 100 });
  });

  test('Gateway API: hostnames compare case-insensitively and ignore the :port of the Host header', () => {
    const yaml = httpRoute('r', `  - backendRefs: [${backend('v1')}]\n`, '  hostnames: [Example.COM]\n');
    assert.deepEqual(split(simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + yaml }]), viaGateway('/', { host: 'example.com:80', port: null }))), { 'backend-v1': 100 });
  });
});

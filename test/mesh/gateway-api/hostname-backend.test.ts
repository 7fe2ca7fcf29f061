import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { httpRoute, INFRA, indexOfTexts, viaGateway } from './helpers.js';

const EXTERNAL = `---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: external, namespace: infra}
spec:
  hosts: [api.example.com]
  ports: [{number: 443, name: https, protocol: HTTPS}]
  resolution: STATIC
  endpoints: [{address: 203.0.113.7}]
`;

function run(ref: string): ReturnType<typeof simulateGatewayApiRoute> {
  const rules = `  - backendRefs: [${ref}]\n`;
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + EXTERNAL + httpRoute('r', rules) }]), viaGateway('/'));
}

describe('backendRefs of Istio kind networking.istio.io/Hostname', () => {
  test('Istio Hostname backendRef: a Service FQDN resolves like the Service, to its ready endpoints', () => {
    const result = run('{group: networking.istio.io, kind: Hostname, name: backend-v1.infra.svc.cluster.local, port: 8080}');
    assert.equal(result?.outcome, 'ROUTED');
    assert.equal(result?.destinations[0].cluster, 'outbound|8080||backend-v1.infra.svc.cluster.local');
    assert.deepEqual(result?.destinations[0].service, { kind: 'Service', namespace: 'infra', name: 'backend-v1' });
    assert.deepEqual(result?.destinations[0].endpoints.map((e) => e.pod), ['infra/backend-v1-pod']);
  });

  test('Istio Hostname backendRef: a ServiceEntry host is used as written, with its spec.endpoints (R5.1.3)', () => {
    const result = run('{group: networking.istio.io, kind: Hostname, name: api.example.com, port: 443}');
    assert.equal(result?.outcome, 'ROUTED');
    assert.equal(result?.destinations[0].cluster, 'outbound|443||api.example.com');
    assert.deepEqual(result?.destinations[0].service, { kind: 'ServiceEntry', namespace: 'infra', name: 'external' });
    assert.deepEqual(result?.destinations[0].endpoints.map((e) => e.ip), ['203.0.113.7']);
  });

  test('R4.13.1: a Hostname no Service or ServiceEntry defines keeps its cluster, which the proxy lacks: 503 NC', () => {
    const result = run('{group: networking.istio.io, kind: Hostname, name: nowhere.example.com, port: 80}');
    assert.equal(result?.outcome, 'CLUSTER_NOT_FOUND');
    assert.equal(result?.status, 503);
    assert.equal(result?.responseFlag, 'NC');
    assert.equal(result?.destinations[0].cluster, 'outbound|80||nowhere.example.com');
    assert.equal(result?.destinations[0].status, 'CLUSTER_NOT_FOUND');
  });

  test('Istio Hostname backendRef: without a port, or with a namespace, it is invalid and answers 500', () => {
    for (const ref of ['{group: networking.istio.io, kind: Hostname, name: api.example.com}', '{group: networking.istio.io, kind: Hostname, name: api.example.com, namespace: infra, port: 443}']) {
      const result = run(ref);
      assert.equal(result?.outcome, 'DIRECT_RESPONSE', ref);
      assert.equal(result?.status, 500, ref);
    }
  });

  test('Gateway API: another kind of the Istio group is still an invalid backend (500)', () => {
    assert.equal(run('{group: networking.istio.io, kind: ServiceEntry, name: external, port: 443}')?.status, 500);
  });
});

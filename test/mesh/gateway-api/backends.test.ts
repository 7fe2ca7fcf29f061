import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { weightShares, backendWeight } from '../../../src/mesh/gateway-api/weight-shares.js';
import { backend, httpRoute, INFRA, indexOfTexts, split, viaGateway } from './helpers.js';

function run(rules: string, extra = ''): ReturnType<typeof simulateGatewayApiRoute> {
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + extra + httpRoute('r', rules) }]), viaGateway('/'));
}

describe('backendRefs: weights and validity', () => {
  test('Gateway API: weights are shares of their sum, as integer percents', () => {
    assert.deepEqual(weightShares([70, 30, 0]), [70, 30, 0]);
    assert.deepEqual(weightShares([1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(weightShares([0, 0]), [0, 0]);
  });

  test('Gateway API: backendRef weight defaults to 1', () => {
    assert.equal(backendWeight(undefined), 1);
    assert.deepEqual(split(run(`  - backendRefs: [${backend('v1')}, ${backend('v2')}]\n`)), { 'backend-v1': 50, 'backend-v2': 50 });
  });

  test('Gateway API: weight 0 gets no traffic; the split is reported', () => {
    const result = run(`  - backendRefs: [${backend('v1', 70)}, ${backend('v2', 30)}, ${backend('v3', 0)}]\n`);
    assert.deepEqual(split(result), { 'backend-v1': 70, 'backend-v2': 30 });
    assert.equal(result?.destinations.find((d) => d.service?.name === 'backend-v3')?.weight, 0);
  });

  test('Gateway API: all weights 0 answers 500', () => {
    const result = run(`  - backendRefs: [${backend('v1', 0)}]\n`);
    assert.equal(result?.outcome, 'DIRECT_RESPONSE');
    assert.equal(result?.status, 500);
  });

  test('Gateway API: a rule without backendRefs answers 500', () => {
    const result = run('  - matches: [{path: {type: PathPrefix, value: /}}]\n');
    assert.equal(result?.status, 500);
  });

  test('Gateway API: a backendRef to a missing Service is invalid and answers 500', () => {
    const result = run('  - backendRefs: [{name: nope, port: 8080}]\n');
    assert.equal(result?.outcome, 'DIRECT_RESPONSE');
    assert.equal(result?.status, 500);
    assert.ok(result?.steps.some((s) => s.stage === 'destination' && s.decision === 'failed' && /BackendNotFound/.test(s.reason)));
  });

  test('Gateway API: with some invalid backends, only their share gets 500', () => {
    const result = run(`  - backendRefs: [${backend('v1', 50)}, {name: nope, port: 8080, weight: 50}]\n`);
    assert.equal(result?.outcome, 'ROUTED');
    assert.deepEqual(split(result), { 'backend-v1': 50 });
    assert.match(result?.summary ?? '', /50% get 500/);
  });

  test('Gateway API: a cross-namespace backendRef needs a ReferenceGrant', () => {
    const other = `
---
apiVersion: v1
kind: Service
metadata: {name: remote, namespace: other}
spec: {selector: {app: remote}, ports: [{port: 8080}]}
---
apiVersion: v1
kind: Pod
metadata: {name: remote-pod, namespace: other, labels: {app: remote}}
spec: {containers: [{name: c, image: x}]}
`;
    const grant = `
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: allow, namespace: other}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: infra}]
  to: [{group: "", kind: Service, name: remote}]
`;
    const rules = '  - backendRefs: [{name: remote, namespace: other, port: 8080}]\n';
    const refused = run(rules, other);
    assert.equal(refused?.status, 500);
    assert.ok(refused?.steps.some((s) => /RefNotPermitted/.test(s.reason)));
    assert.deepEqual(split(run(rules, other + grant)), { remote: 100 });
  });

  test('Gateway API: destinations carry the Service FQDN, port, cluster and ready pods', () => {
    const d = run(`  - backendRefs: [${backend('v1')}]\n`)?.destinations[0];
    assert.equal(d?.host, 'backend-v1.infra.svc.cluster.local');
    assert.equal(d?.cluster, 'outbound|8080||backend-v1.infra.svc.cluster.local');
    assert.deepEqual(d?.endpoints.map((e) => [e.pod, e.port]), [['infra/backend-v1-pod', 3000]]);
  });
});

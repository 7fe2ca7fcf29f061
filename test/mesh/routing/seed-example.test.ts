// The product's seed example (issue 4): prefix /api is routed, /health is 404 through the mesh while plain
// Kubernetes would reach the same Pods, and the summary says both in one sentence.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate, podsOf } from './helpers/simulate.js';
import { SEED_EXAMPLE_YAML } from '../../fixtures/seed-example.js';

const SEED = SEED_EXAMPLE_YAML;

describe('seed example', () => {
  test('R3.2.2, R5.6.1: /api/users is ROUTED to the example-app Pods on targetPort 8080', () => {
    const r = simulate(SEED, { host: 'example-service', path: '/api/users' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.status, null);
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'example-virtualservice' });
    assert.deepEqual(r.route, { index: 0, name: null });
    assert.equal(r.destinations[0].cluster, 'outbound|80||example-service.default.svc.cluster.local');
    assert.deepEqual(podsOf(r), ['default/example-app-pod-0', 'default/example-app-pod-1']);
    assert.deepEqual(r.destinations[0].endpoints.map((e) => e.port), [8080, 8080]);
    assert.equal(r.summary, 'GET /api/users to example-service is routed by VirtualService default/example-virtualservice (route 0, uri prefix "/api") to example-service:80, 2 ready pods on port 8080.');
  });

  test('R3.10.1, R6.5.1: /health is NO_ROUTE 404 in the mesh while kube-proxy reaches the same Pods, said in one sentence', () => {
    const r = simulate(SEED, { host: 'example-service', path: '/health' });
    assert.equal(r.outcome, 'NO_ROUTE');
    assert.equal(r.status, 404);
    assert.equal(r.responseFlag, 'NR');
    assert.deepEqual(r.kubernetes.endpoints.map((e) => e.pod).sort(), ['default/example-app-pod-0', 'default/example-app-pod-1']);
    assert.equal(r.kubernetes.targetPort, 8080);
    assert.equal(r.summary, 'GET /health to example-service gets 404 (NR) because no route of VirtualService default/example-virtualservice matches GET /health, while without the mesh kube-proxy would have sent it to the 2 example-app pods on port 8080.');
    assert.equal(r.summary.split('. ').length, 1, 'one sentence');
    const failed = r.steps.find((s) => s.decision === 'not-matched');
    assert.equal(failed?.source?.field, 'spec.http[0].match[0].uri.prefix');
  });
});

// Outcome, status, flag and the one-sentence summary (R3.10.1, R4.13.1, R5.6.2, R1.8.2, R6.7).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const SPLIT = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - route: [{destination: {host: web, subset: v1}, weight: 80}, {destination: {host: web, subset: v9}, weight: 20}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: default}
spec:
  host: web
  subsets: [{name: v1, labels: {version: v1}}]`;

function oneSentence(summary: string): void {
  assert.ok(summary.endsWith('.'), summary);
  assert.equal(summary.slice(0, -1).includes('. '), false, summary);
}

describe('outcome', () => {
  test('R4.13.1, R6.7: when part of a split has no cluster the request is ROUTED and the summary gives the failing share', () => {
    const r = simulate(join(app('web', { versions: ['v1', 'v2'] }), SPLIT), { host: 'web' });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.destinations.map((d) => d.status), ['OK', 'CLUSTER_NOT_FOUND']);
    assert.match(r.summary, /20% of requests get 503/);
    oneSentence(r.summary);
  });

  test('R6.7: the summary adds what kube-proxy would do when the mesh narrows the Pods', () => {
    const r = simulate(join(app('web', { versions: ['v1', 'v2'] }), SPLIT.replace(', {destination: {host: web, subset: v9}, weight: 20}', '')), { host: 'web' });
    assert.match(r.summary, /while without the mesh kube-proxy would have sent it to the 2 pods of web-v1, web-v2 on port 80\.$/);
    oneSentence(r.summary);
  });

  test('R1.8.2: PASSTHROUGH and BLOCKED outcomes are explained in one sentence', () => {
    const pass = simulate(app('web'), { host: 'example.org' });
    assert.equal(pass.outcome, 'PASSTHROUGH');
    oneSentence(pass.summary);
    const blocked = simulate(app('web'), { host: 'example.org', outboundTrafficPolicy: 'REGISTRY_ONLY' });
    assert.equal(blocked.outcome, 'BLOCKED');
    assert.equal(blocked.status, 502);
    assert.equal(blocked.envoy.virtualHost, 'block_all');
    oneSentence(blocked.summary);
  });

  test('R0.3: the last steps are the outcome and the Kubernetes comparison, and every step has a stage, decision and reason', () => {
    const r = simulate(app('web'), { host: 'web' });
    assert.deepEqual(r.steps.slice(-2).map((s) => s.stage), ['outcome', 'kubernetes']);
    for (const s of r.steps) assert.ok(s.stage && s.decision && s.reason.endsWith('.'), JSON.stringify(s));
    assert.equal(stepsOf(r, 'virtual-service')[0].rules?.[0], 'R3.12.1');
  });
});

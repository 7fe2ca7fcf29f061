// Endpoints of a cluster (R5.6, R5.7, R5.4.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, podsOf, stepsOf } from '../helpers/simulate.js';

const ROUTE_TO = (subset: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - route: [{destination: {host: web, subset: ${subset}}}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: default}
spec:
  host: web
  subsets: [{name: v1, labels: {version: v1}}, {name: v3, labels: {version: v3}}]`;

describe('endpoints', () => {
  test('R5.6.1: a subset keeps the Service endpoints whose labels contain the subset labels', () => {
    const r = simulate(join(app('web', { versions: ['v1', 'v2'], replicas: 2 }), ROUTE_TO('v1')), { host: 'web' });
    assert.deepEqual(podsOf(r), ['default/web-v1-pod-0', 'default/web-v1-pod-1']);
  });

  test('R5.6.2: a subset that selects no Pod answers 503 UH', () => {
    const r = simulate(join(app('web', { versions: ['v1', 'v2'] }), ROUTE_TO('v3')), { host: 'web' });
    assert.equal(r.outcome, 'NO_HEALTHY_UPSTREAM');
    assert.equal(r.status, 503);
    assert.equal(r.responseFlag, 'UH');
  });

  test('R5.7.1: Pods that are not ready get no traffic', () => {
    const pods = ['ready', 'sick'].map((name) => `apiVersion: v1
kind: Pod
metadata: {name: web-${name}, namespace: default, labels: {app: web}}
spec: {containers: [{name: app, image: app, ports: [{containerPort: 80}]}]}
status:
  phase: Running
  podIP: 10.0.0.${name === 'ready' ? 1 : 2}
  conditions: [{type: Ready, status: "${name === 'ready' ? 'True' : 'False'}"}]`);
    const service = app('web').split('---')[0];
    const r = simulate(join(service, ...pods), { host: 'web' });
    assert.deepEqual(podsOf(r), ['default/web-ready']);
    assert.match(stepsOf(r, 'endpoints')[0].reason, /1 not ready/);
  });

  test('R5.4.1: a headless Service is forwarded to the Pod IP the client resolved (ORIGINAL_DST)', () => {
    const headless = app('db').replace('spec:\n', 'spec:\n  clusterIP: None\n');
    const r = simulate(headless, { host: 'db' });
    assert.equal(r.outcome, 'ROUTED');
    assert.ok(stepsOf(r, 'endpoints').some((s) => s.rules?.includes('R5.4.1')));
    assert.equal(simulate(headless, { host: 'db-v1-0.db.default.svc.cluster.local' }).outcome, 'ROUTED', 'R1.3: *.db domains match Pod names');
  });
});

// What kube-proxy alone would do (§6).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate } from '../helpers/simulate.js';

describe('kubernetes view', () => {
  test('R6.5.1, R6.2.1: kube-proxy sends the connection to any ready endpoint on targetPort, whatever the VirtualService says', () => {
    const vs = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - route: [{destination: {host: web, subset: v1}}]`;
    const r = simulate(join(app('web', { port: 80, targetPort: 8080, versions: ['v1', 'v2'] }), vs), { host: 'web' });
    assert.deepEqual(r.kubernetes.service, { kind: 'Service', namespace: 'default', name: 'web' });
    assert.equal(r.kubernetes.port, 80);
    assert.equal(r.kubernetes.targetPort, 8080);
    assert.deepEqual(r.kubernetes.endpoints.map((e) => e.pod).sort(), ['default/web-v1-pod-0', 'default/web-v2-pod-0']);
    assert.match(r.kubernetes.note, /without looking at the path or headers/);
  });

  test('R6.4: ExternalName and headless Services are not proxied by kube-proxy', () => {
    const external = `apiVersion: v1
kind: Service
metadata: {name: ext, namespace: default}
spec: {type: ExternalName, externalName: api.example.com}`;
    assert.match(simulate(external, { host: 'ext' }).kubernetes.note, /CNAME to api\.example\.com/);
    const headless = app('db').replace('spec:\n', 'spec:\n  clusterIP: None\n');
    assert.match(simulate(headless, { host: 'db' }).kubernetes.note, /not handled by kube-proxy/);
  });

  test('R6.1.1: a host with no Kubernetes Service gets no kube-proxy handling', () => {
    const r = simulate(app('web'), { host: 'example.org' });
    assert.equal(r.kubernetes.service, null);
    assert.deepEqual(r.kubernetes.endpoints, []);
  });
});

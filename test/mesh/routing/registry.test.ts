// The registry as a proxy sees it: ServiceEntries (R5.1.3), one entry per hostname (R2.4.5), and Host-based
// selection on shared HTTP ports (R1.8.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate } from './helpers/simulate.js';

const entry = (namespace: string, port: number, address: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: payments, namespace: ${namespace}}
spec:
  hosts: [payments.example.com]
  location: MESH_EXTERNAL
  resolution: STATIC
  ports: [{number: ${port}, name: http, protocol: HTTP}]
  endpoints: [{address: ${address}}]`;

describe('registry', () => {
  test('R5.1.3: a ServiceEntry host is a registry host: its cluster uses the host as written and its endpoints', () => {
    const r = simulate(entry('default', 80, '203.0.113.7'), { host: 'payments.example.com' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0].cluster, 'outbound|80||payments.example.com');
    assert.deepEqual(r.destinations[0].endpoints.map((e) => e.ip), ['203.0.113.7']);
  });

  test('R2.4.5: when two namespaces define the same host, a client keeps the one in its own namespace', () => {
    const yaml = join(entry('default', 80, '203.0.113.7'), entry('team', 80, '198.51.100.9'));
    assert.deepEqual(simulate(yaml, { host: 'payments.example.com', source: { namespace: 'team' } }).destinations[0].endpoints.map((e) => e.ip), ['198.51.100.9']);
    assert.deepEqual(simulate(yaml, { host: 'payments.example.com', source: { namespace: 'default' } }).destinations[0].endpoints.map((e) => e.ip), ['203.0.113.7']);
  });

  test('R1.8.1: on a shared HTTP port the Host header picks the service, whatever address the client dialled', () => {
    const r = simulate(join(app('web', { clusterIP: '10.0.0.1' }), app('api', { clusterIP: '10.0.0.2' })), { host: 'api', address: '10.0.0.1' });
    assert.equal(r.destinations[0].host, 'api.default.svc.cluster.local');
  });
});

// TCP routing through the public simulateRoute entry and the request schema every adapter validates with.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../helpers/simulate.js';
import { parseRouteRequest } from '../../../../src/service/explain/index.js';

const MESH = `
apiVersion: v1
kind: Service
metadata: {name: db, namespace: default}
spec:
  clusterIP: 10.0.0.5
  selector: {app: db}
  ports: [{name: tcp-postgres, port: 5432}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: db-v1, namespace: default}
spec:
  selector: {matchLabels: {app: db, version: v1}}
  template:
    metadata: {labels: {app: db, version: v1}}
    spec: {containers: [{name: db, image: db, ports: [{containerPort: 5432}]}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: db, namespace: default}
spec:
  host: db
  subsets: [{name: v1, labels: {version: v1}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: db, namespace: default}
spec:
  hosts: [db]
  http:
  - route: [{destination: {host: db, subset: v1}}]
  tcp:
  - match: [{port: 5432}]
    route: [{destination: {host: db, subset: v1, port: {number: 5432}}}]
`;

describe('TCP through simulateRoute', () => {
  test('R1.8.4: a raw TCP connection to a tcp- port is routed by the tcp: rules, never the http: ones', () => {
    const r = simulate(MESH, { host: 'db', port: 5432, protocol: 'tcp' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0]?.cluster, 'outbound|5432|v1|db.default.svc.cluster.local');
    assert.ok(r.steps.some((s) => s.source?.field.startsWith('spec.tcp[0]')), 'a step cites the tcp route');
  });

  test('R1.8.4: the request schema accepts protocol and sni and rejects other protocols', () => {
    assert.equal(parseRouteRequest({ host: 'db', port: 5432, protocol: 'tcp' }).protocol, 'tcp');
    assert.equal(parseRouteRequest({ host: 'a.example.com', port: 443, protocol: 'tls', sni: 'a.example.com' }).sni, 'a.example.com');
    assert.throws(() => parseRouteRequest({ host: 'db', protocol: 'udp' }), /protocol/);
  });
});

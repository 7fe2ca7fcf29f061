// Destination host, port, cluster and DestinationRule (R5.1, R5.2, R4.2.3, R4.13.1, R5.3.1, R5.5).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const VS = (namespace: string, destination: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: route, namespace: ${namespace}}
spec:
  hosts: [web.default.svc.cluster.local]
  http:
  - route: [{destination: ${destination}}]`;
const DR = (namespace: string, exportTo = '') => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: ${namespace}}
spec:
  host: web.default.svc.cluster.local
${exportTo}  subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]`;
const WEB = app('web', { versions: ['v1', 'v2'] });

describe('destination', () => {
  test('R5.1.1: a short destination host resolves in the VirtualService namespace, not the Service one', () => {
    const r = simulate(join(WEB, VS('team', '{host: web}')), { host: 'web' });
    assert.equal(r.destinations[0].host, 'web.team.svc.cluster.local');
    assert.equal(r.outcome, 'CLUSTER_NOT_FOUND');
    assert.match(r.summary, /not a Service or ServiceEntry visible/);
  });

  test('R4.13.1: a destination host unknown to the registry answers 503 NC', () => {
    const r = simulate(join(WEB, VS('default', '{host: nowhere.example.com}')), { host: 'web' });
    assert.equal(r.status, 503);
    assert.equal(r.responseFlag, 'NC');
    assert.equal(r.destinations[0].cluster, 'outbound|80||nowhere.example.com');
  });

  test('R5.2.1: without destination.port a single-port Service uses its port; a multi-port one uses the request port', () => {
    const single = simulate(join(app('web', { port: 9090 }), app('api', { port: 8080 }), VS('default', '{host: api}').replace('web.default.svc.cluster.local', 'web')), { host: 'web', port: 9090 });
    assert.equal(single.destinations[0].cluster, 'outbound|8080||api.default.svc.cluster.local');
    const multi = app('api').replace('ports: [{name: http, port: 80, targetPort: 80}]', 'ports: [{name: http, port: 80, targetPort: 80}, {name: http-admin, port: 9090, targetPort: 9090}]');
    const r = simulate(join(app('web', { port: 9090 }), multi, VS('default', '{host: api}').replace('web.default.svc.cluster.local', 'web')), { host: 'web', port: 9090 });
    assert.equal(r.destinations[0].cluster, 'outbound|9090||api.default.svc.cluster.local');
  });

  test('R5.2.2: a destination port the Service does not expose has no cluster (503 NC)', () => {
    const r = simulate(join(WEB, VS('default', '{host: web, port: {number: 8080}}')), { host: 'web' });
    assert.equal(r.outcome, 'CLUSTER_NOT_FOUND');
    assert.match(r.destinations[0].reason ?? '', /has no port 8080/);
  });

  test('R5.5.1, R5.3.1: a DestinationRule not exported to the client namespace does not define its subsets there', () => {
    const yaml = join(WEB, VS('default', '{host: web, subset: v2}').replace('metadata: {name: route, namespace: default}', 'metadata: {name: route, namespace: default}'), DR('default', '  exportTo: ["."]\n'));
    assert.equal(simulate(yaml, { host: 'web', source: { namespace: 'default' } }).outcome, 'ROUTED');
    const other = simulate(yaml, { host: 'web.default', source: { namespace: 'other' } });
    assert.equal(other.outcome, 'CLUSTER_NOT_FOUND');
    assert.ok(stepsOf(other, 'destination-rule').some((s) => s.rules?.includes('R5.5.1')));
  });

  test('R5.5.1: a DestinationRule in the client namespace is found first', () => {
    const clientRule = DR('client').replace('subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]', 'subsets: [{name: v1, labels: {version: v1}}]');
    const r = simulate(join(WEB, VS('default', '{host: web, subset: v2}'), DR('default'), clientRule), { host: 'web.default', source: { namespace: 'client' } });
    assert.equal(r.outcome, 'CLUSTER_NOT_FOUND', 'the client-namespace rule has no v2, and lookup stops there');
  });
});

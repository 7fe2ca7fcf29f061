// Virtual host selection (R1.2, R1.3, R1.4, R1.5, R1.6, R3.10.2, R5.4.2).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

function meshVs(name: string, hosts: string, dest: string, namespace = 'default'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  hosts: ${hosts}
  http:
  - route: [{destination: {host: ${dest}}}]`;
}

describe('virtual host', () => {
  test('R1.3: the short name is a domain only for clients in the Service namespace; S.N, S.N.svc, FQDN and trailing dot work from anywhere', () => {
    const yaml = app('web', { namespace: 'shop' });
    assert.equal(simulate(yaml, { host: 'web', source: { namespace: 'shop' } }).outcome, 'ROUTED');
    const other = simulate(yaml, { host: 'web', source: { namespace: 'default' } });
    assert.equal(other.outcome, 'PASSTHROUGH');
    assert.match(stepsOf(other, 'virtual-host').find((s) => s.rules?.includes('R1.3'))?.reason ?? '', /web\.shop is in another one/);
    for (const host of ['web.shop', 'web.shop.svc', 'web.shop.svc.cluster.local', 'web.shop.svc.cluster.local.']) {
      assert.equal(simulate(yaml, { host, source: { namespace: 'default' } }).outcome, 'ROUTED', host);
    }
  });

  test('R1.3: the ClusterIP is a domain of the Service virtual host', () => {
    const r = simulate(app('web', { clusterIP: '10.1.2.3' }), { host: '10.1.2.3' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.envoy.virtualHost, 'web.default.svc.cluster.local:80');
  });

  test('R1.2.2: the port in the Host header does not change the virtual host', () => {
    for (const host of ['web', 'web:80', 'web:12345']) assert.equal(simulate(app('web'), { host, port: 80 }).envoy.virtualHost, 'web.default.svc.cluster.local:80', host);
  });

  test('R1.4.1, R1.4.2: a VirtualService host that is no Service gets a virtual host on port 80 only', () => {
    const yaml = join(app('web'), app('api', { port: 8080 }), meshVs('ext', '[shop.example.com]', 'web'));
    const on80 = simulate(yaml, { host: 'shop.example.com' });
    assert.deepEqual(on80.virtualService, { namespace: 'default', name: 'ext' });
    const on8080 = simulate(yaml, { host: 'shop.example.com', port: 8080 });
    assert.equal(on8080.outcome, 'PASSTHROUGH');
  });

  test('R1.5.2: an exact VirtualService host beats a wildcard one, whatever their age', () => {
    const wildcard = meshVs('wild', '["*.default.svc.cluster.local"]', 'api').replace('namespace: default}', 'namespace: default, creationTimestamp: "2020-01-01T00:00:00Z"}');
    const exact = meshVs('exact', '[web]', 'web').replace('namespace: default}', 'namespace: default, creationTimestamp: "2024-01-01T00:00:00Z"}');
    const r = simulate(join(app('web'), app('api'), wildcard, exact), { host: 'web' });
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'exact' });
    assert.ok(stepsOf(r, 'virtual-service').some((s) => s.decision === 'skipped' && s.rules?.includes('R1.5.2')));
    const viaWildcard = simulate(join(app('web'), app('api'), wildcard, exact), { host: 'api' });
    assert.deepEqual(viaWildcard.virtualService, { namespace: 'default', name: 'wild' });
  });

  test('R1.2.1: a wildcard VirtualService host covering no Service becomes its own virtual host, longest suffix first', () => {
    const yaml = join(app('web'), app('api'), meshVs('broad', '["*.example.com"]', 'web'), meshVs('narrow', '["*.shop.example.com"]', 'api'));
    assert.deepEqual(simulate(yaml, { host: 'a.shop.example.com' }).virtualService, { namespace: 'default', name: 'narrow' });
    assert.deepEqual(simulate(yaml, { host: 'b.example.com' }).virtualService, { namespace: 'default', name: 'broad' });
    assert.equal(simulate(yaml, { host: 'example.com' }).outcome, 'PASSTHROUGH', 'a wildcard never matches an empty label');
  });

  test('R5.4.2: the names of an ExternalName alias are domains of the Service it points at', () => {
    const alias = `apiVersion: v1
kind: Service
metadata: {name: alias, namespace: default}
spec: {type: ExternalName, externalName: web.default.svc.cluster.local}`;
    const r = simulate(join(app('web'), alias), { host: 'alias.default.svc.cluster.local' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0].cluster, 'outbound|80||web.default.svc.cluster.local');
  });

  describe('gateway', () => {
    const gw = (hosts: string) => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ${hosts}}]`;
    const bound = (hosts: string) => meshVs('edge', hosts, 'web').replace('http:', 'gateways: [gw]\n  http:');

    test('R1.6.1: a gateway VirtualService for the FQDN is not reached with the short name', () => {
      const r = simulate(join(app('web'), gw('["*"]'), bound('[web.default.svc.cluster.local]')), { host: 'web', gateway: 'default/gw' });
      assert.equal(r.outcome, 'NO_ROUTE');
      assert.equal(r.envoy.failure, 'no-virtual-host');
      assert.equal(simulate(join(app('web'), gw('["*"]'), bound('[web.default.svc.cluster.local]')), { host: 'web.default.svc.cluster.local', gateway: 'default/gw' }).outcome, 'ROUTED');
    });

    test('R1.6.2: the server host narrows a VirtualService host `*` to its own names', () => {
      const yaml = join(app('web'), gw('["foo.bar"]'), bound('["*"]'));
      assert.equal(simulate(yaml, { host: 'foo.bar', gateway: 'default/gw' }).envoy.virtualHost, 'foo.bar:80');
      assert.equal(simulate(yaml, { host: 'bad.bar', gateway: 'default/gw' }).envoy.failure, 'no-virtual-host');
    });

    test('R7.4.1: a server host `ns/host` only accepts VirtualServices from that namespace', () => {
      const r = simulate(join(app('web'), gw('["other/*"]'), bound('["*"]')), { host: 'x', gateway: 'default/gw' });
      assert.equal(r.envoy.virtualHost, 'blackhole:80');
    });

    test('R3.10.2: a gateway port without a bound VirtualService answers 404 through the blackhole virtual host', () => {
      const r = simulate(join(app('web'), gw('["*"]')), { host: 'x', gateway: 'default/gw' });
      assert.equal(r.status, 404);
      assert.equal(r.envoy.virtualHost, 'blackhole:80');
      assert.equal(r.envoy.failure, 'no-route');
    });
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { gatewayPods, gatewayVirtualServices, virtualServiceGateways, virtualServiceHosts } from '../../../src/mesh/relationships/index.js';

const NET = 'apiVersion: networking.istio.io/v1';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: reviews, namespace: default}\nspec: {selector: {app: reviews}, ports: [{name: http, port: 9080}]}\n';
const virtualService = (name: string, ns: string, spec: string) => `${NET}\nkind: VirtualService\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec}  http: [{route: [{destination: {host: reviews.default.svc.cluster.local}}]}]\n`;
const GATEWAY_POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: ingress-1, namespace: istio-system, labels: {istio: ingressgateway}}\nspec: {containers: [{name: c, image: x}]}\n';
const gateway = (hosts: string, selector = '{istio: ingressgateway}') =>
  `${NET}\nkind: Gateway\nmetadata: {name: gw, namespace: default}\nspec:\n  selector: ${selector}\n  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ${hosts}}]\n`;

describe('VirtualService hosts', () => {
  test('R1.1.1: each host is resolved to a Service, a ServiceEntry or nothing, and says why', () => {
    const index = indexOf([SERVICE, virtualService('v', 'default', '  hosts: [reviews, reviews.default, bookinfo.com, "*.default.svc.cluster.local", ghost]\n')].join('---\n'));
    const hosts = virtualServiceHosts(index, index.virtualService('default', 'v')!);
    assert.deepEqual(hosts.map((h) => [h.raw, h.resolution, h.status]), [
      ['reviews', 'Service', 'OK'], ['reviews.default', 'none', 'MISSING'], ['bookinfo.com', 'none', 'OK'],
      ['*.default.svc.cluster.local', 'wildcard', 'OK'], ['ghost', 'none', 'MISSING'],
    ]);
    assert.match(hosts[0].reason, /short name "reviews" expanded in the VirtualService namespace default/);
    assert.match(hosts[1].reason, /contains a dot, taken literally \(R1\.1\.1\).*reviews\.default\.svc\.cluster\.local/);
    assert.match(hosts[2].reason, /R1\.4\.1/);
    assert.equal(hosts[3].services[0].name, 'reviews');
  });
});

describe('gateways', () => {
  test('R2.1.3: gateways resolve to Gateways of the set or MISSING; mesh is OK', () => {
    const index = indexOf([SERVICE, gateway('["*"]'), virtualService('v', 'default', '  hosts: [bookinfo.com]\n  gateways: [gw, mesh, other/gone]\n')].join('---\n'));
    const refs = virtualServiceGateways(index, index.virtualService('default', 'v')!);
    assert.deepEqual(refs.map((r) => [r.ref.normalized, r.status]), [['default/gw', 'OK'], ['mesh', 'OK'], ['other/gone', 'MISSING']]);
    assert.match(refs[2].reason, /Gateway other\/gone does not exist/);
  });
  test('R7.1.1: a Gateway selects gateway pods in any namespace; R7.1.2: none in the set is MISSING and assumed', () => {
    const withPod = indexOf([gateway('["*"]'), GATEWAY_POD].join('---\n'));
    const found = gatewayPods(withPod, withPod.gateway('default', 'gw')!);
    assert.deepEqual(found.pods.map((p) => `${p.namespace}/${p.name}`), ['istio-system/ingress-1']);
    assert.deepEqual(found.namespaces, ['istio-system']);
    const without = indexOf(gateway('["*"]', '{istio: ingress}'));
    const missing = gatewayPods(without, without.gateway('default', 'gw')!);
    assert.equal(missing.status, 'MISSING');
    assert.equal(missing.assumed, true);
    assert.match(missing.reason, /installation usually provides/);
  });
  test('R7.5.1/R1.6.2: bound VirtualServices contribute the intersection of hosts', () => {
    const index = indexOf([gateway('["*.example.com"]'), GATEWAY_POD, virtualService('v', 'default', '  hosts: ["*"]\n  gateways: [gw]\n')].join('---\n'));
    const [binding] = gatewayVirtualServices(index, index.gateway('default', 'gw')!);
    assert.equal(binding.status, 'OK');
    assert.deepEqual(binding.hosts, [{ server: 0, host: '*.example.com' }]);
  });
  test('R7.4.1/R7.4.2: server hosts for another namespace, or no common host, leave the VirtualService unbound', () => {
    const index = indexOf([gateway('["prod/*", "foo.com"]'), GATEWAY_POD, virtualService('v', 'default', '  hosts: [bar.com]\n  gateways: [gw]\n')].join('---\n'));
    const [binding] = gatewayVirtualServices(index, index.gateway('default', 'gw')!);
    assert.equal(binding.status, 'MISSING');
    assert.match(binding.reason, /no host .* intersects/);
  });
  test('R2.3.3: a VirtualService not exported to the gateway pods namespace is not bound', () => {
    const index = indexOf([gateway('["*"]'), GATEWAY_POD, virtualService('v', 'default', '  hosts: [bookinfo.com]\n  gateways: [gw]\n  exportTo: ["."]\n')].join('---\n'));
    const [binding] = gatewayVirtualServices(index, index.gateway('default', 'gw')!);
    assert.equal(binding.status, 'MISSING');
    assert.match(binding.reason, /not exported to the gateway pods' namespace istio-system/);
  });
});

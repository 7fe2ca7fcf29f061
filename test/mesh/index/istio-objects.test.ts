import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import { parseResources } from '../helpers/load.js';

const NET = 'apiVersion: networking.istio.io/v1';

describe('Istio objects in the index', () => {
  test('R1.1.1/R1.1.5: VirtualService hosts expand in the VirtualService namespace; dotted hosts are kept', () => {
    const index = indexOf(`${NET}\nkind: VirtualService\nmetadata: {name: r, namespace: prod}\nspec:\n  hosts: [Reviews, reviews.default, "*.example.com"]\n  http: [{route: [{destination: {host: reviews}}]}]\n`);
    const vs = index.virtualService('prod', 'r')!;
    assert.deepEqual(vs.hosts.map((h) => h.fqdn), ['reviews.prod.svc.cluster.local', 'reviews.default', '*.example.com']);
    assert.equal(vs.hosts[1].fieldPath, 'spec.hosts[1]');
    assert.equal(vs.isDelegate, false);
  });
  test('BuildOptions.domainSuffix changes expansions and Service FQDNs', () => {
    const index = buildMeshIndex(parseResources(`${NET}\nkind: VirtualService\nmetadata: {name: r, namespace: prod}\nspec: {hosts: [reviews], http: [{route: [{destination: {host: reviews}}]}]}\n`), { domainSuffix: 'corp.local' });
    assert.equal(index.virtualServices[0].hosts[0].fqdn, 'reviews.prod.svc.corp.local');
    assert.equal(index.domainSuffix, 'corp.local');
  });
  test('R2.1.1/R2.1.3: gateways default to mesh; names normalize to namespace/name', () => {
    const index = indexOf(`${NET}\nkind: VirtualService\nmetadata: {name: a, namespace: prod}\nspec: {hosts: [a], http: [{route: [{destination: {host: a}}]}]}\n---\n` +
      `${NET}\nkind: VirtualService\nmetadata: {name: b, namespace: prod}\nspec:\n  hosts: [b.com]\n  gateways: [mesh, gw, ./gw2, istio-system/gw3, gw4.edge.svc.cluster.local]\n  http: [{route: [{destination: {host: a}}]}]\n`);
    const a = index.virtualService('prod', 'a')!;
    assert.equal(a.gatewaysDefaulted, true);
    assert.deepEqual(a.gateways.map((g) => g.normalized), ['mesh']);
    const b = index.virtualService('prod', 'b')!;
    assert.equal(b.gatewaysDefaulted, false);
    assert.deepEqual(b.gateways.map((g) => g.normalized), ['mesh', 'prod/gw', 'prod/gw2', 'istio-system/gw3', 'edge/gw4']);
    assert.equal(b.gateways[2].fieldPath, 'spec.gateways[2]');
  });
  test('R2.3.1/R2.7.1: exportTo defaults to *; a VirtualService without hosts is a delegate', () => {
    const index = indexOf(`${NET}\nkind: VirtualService\nmetadata: {name: d, namespace: prod}\nspec:\n  exportTo: ["."]\n  http: [{route: [{destination: {host: a}}]}]\n`);
    const d = index.virtualService('prod', 'd')!;
    assert.equal(d.isDelegate, true);
    assert.deepEqual(d.exportTo, ['.']);
  });
  test('R1.1.4: DestinationRule host expands in the rule namespace; subsets, workloadSelector read', () => {
    const index = indexOf(`${NET}\nkind: DestinationRule\nmetadata: {name: r, namespace: prod}\nspec:\n  host: reviews\n  workloadSelector: {matchLabels: {app: client}}\n  subsets:\n  - {name: v1, labels: {version: v1}}\n`);
    const rule = index.destinationRules[0];
    assert.equal(rule.host, 'reviews.prod.svc.cluster.local');
    assert.equal(rule.hostRaw, 'reviews');
    assert.deepEqual(rule.subsets.map((s) => [s.name, s.labels, s.fieldPath]), [['v1', { version: 'v1' }, 'spec.subsets[0]']]);
    assert.deepEqual(rule.workloadSelector, { app: 'client' });
    assert.deepEqual(rule.exportTo, ['*']);
  });
  test('R7.1.1/R7.4.1: Gateway selector and server hosts split (no prefix = *, ./ = own namespace)', () => {
    const index = indexOf(`${NET}\nkind: Gateway\nmetadata: {name: gw, namespace: edge}\nspec:\n  selector: {istio: ingressgateway}\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [bookinfo.com, ./a.com, prod/*]\n    tls: {httpsRedirect: true}\n`);
    const gw = index.gateway('edge', 'gw')!;
    assert.equal(gw.key, 'edge/gw');
    assert.deepEqual(gw.selector, { istio: 'ingressgateway' });
    assert.deepEqual(gw.servers[0].hosts.map((h) => `${h.namespace}|${h.dnsName}`), ['*|bookinfo.com', 'edge|a.com', 'prod|*']);
    assert.equal(gw.servers[0].port.number, 80);
    assert.equal(gw.servers[0].httpsRedirect, true);
  });
  test('R2.4.2: Sidecar egress hosts split; a bare host is read as */host', () => {
    const index = indexOf(`${NET}\nkind: Sidecar\nmetadata: {name: default, namespace: prod}\nspec:\n  egress:\n  - hosts: ["./*", "istio-system/*", "bare.example.com"]\n`);
    const sidecar = index.sidecars[0];
    assert.deepEqual(sidecar.egressHosts.map((h) => `${h.namespace}|${h.dnsName}|${h.fieldPath}`), [
      'prod|*|spec.egress[0].hosts[0]', 'istio-system|*|spec.egress[0].hosts[1]', '*|bare.example.com|spec.egress[0].hosts[2]',
    ]);
    assert.equal(sidecar.workloadSelector, null);
  });
  test('R5.1.3/R1.5.1: ServiceEntry hosts as written, exact and wildcard lookup; protocol from the port protocol', () => {
    const index = indexOf(`${NET}\nkind: ServiceEntry\nmetadata: {name: ext, namespace: prod}\nspec:\n  hosts: [API.example.com, "*.wild.com"]\n  ports: [{number: 443, name: https, protocol: TLS}]\n  resolution: DNS\n`);
    assert.equal(index.serviceEntriesForHost('api.example.com')[0]?.name, 'ext');
    assert.equal(index.serviceEntriesForHost('x.wild.com')[0]?.name, 'ext');
    assert.deepEqual(index.serviceEntriesForHost('wild.com'), []);
    assert.equal(index.serviceEntries[0].ports[0].istio.protocol, 'TLS');
    assert.equal(index.serviceEntries[0].resolution, 'DNS');
  });
});

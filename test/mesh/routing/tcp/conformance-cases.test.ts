// The Istio simulator cases about TCP/TLS routing, run straight through simulateTcpRoute.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { simulateTcpRoute } from '../../../../src/mesh/routing/tcp/simulate-tcp-route.js';
import type { TcpSimulationRequest } from '../../../../src/mesh/routing/tcp/request-extras.js';
import { loadIndex } from '../../../conformance/helpers/load-index.js';
import { normalizeFixture, type SimulationCase } from '../../../conformance/helpers/istio-simulation-case.js';

const file = path.resolve('../shared/conformance/istio-simulation/cases.json');
const cases = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: (SimulationCase & { call: { sni?: string } })[] }).cases : [];

function run(id: string) {
  const c = cases.find((x) => x.id === id);
  assert.ok(c, `case ${id}`);
  const { index, problems } = loadIndex([{ name: `${id}.yaml`, text: normalizeFixture(c.manifests) }]);
  assert.ok(index, problems.join('; '));
  const call = c.call;
  const protocol = call.protocol === 'tcp' ? 'tcp' : call.tls === 'plaintext' ? 'http' : 'tls';
  const base: TcpSimulationRequest = { host: call.host ?? call.address ?? '', path: call.path ?? '/', protocol, scheme: call.tls === 'plaintext' ? 'http' : 'https', sni: call.sni };
  const gateway = index.gateways.find((g) => Object.entries(g.selector).every(([k, v]) => call.source.labels?.[k] === v));
  const request: TcpSimulationRequest = call.mode === 'gateway'
    ? { ...base, gateway: [...index.gateways].sort((a, b) => a.name.localeCompare(b.name) || a.namespace.localeCompare(b.namespace))[0]?.key ?? gateway?.key, listenerPort: call.port }
    : { ...base, port: call.port, address: call.address, source: { namespace: call.source.namespace, labels: call.source.labels ?? {} } };
  return { c, result: simulateTcpRoute(index, request) };
}

function expectCluster(id: string) {
  const { c, result } = run(id);
  assert.ok(result, 'simulateTcpRoute decides');
  assert.equal(result.envoy.cluster, c.expected.clusterWithDomainSuffix ?? c.expected.cluster);
  if (c.expected.listener) assert.equal(result.envoy.listener, c.expected.listener);
}

describe('istio-simulation TCP/TLS cases', { skip: cases.length === 0 ? 'shared conformance folder missing' : false }, () => {
  test('R1.8.4: raw TCP to a ClusterIP takes the Service cluster (ExternalName alias cases)', () => {
    for (const id of ['sc-ext-004', 'sc-ext-005', 'sc-ext-014']) expectCluster(id);
  });
  test('R1.8.4: TLS with an SNI of the ExternalName alias reaches the concrete Service cluster', () => expectCluster('sc-ext-006'));
  test('R5.4.1: TCP/TLS to a headless Service Pod IP uses the headless Service cluster', () => {
    for (const id of ['sc-hl-004', 'sc-hl-005', 'sc-hl-006']) expectCluster(id);
  });
  test('R1.8.4: a ServiceEntry VIP picks its listener; a shared VIP goes to the first ServiceEntry', () => {
    for (const id of ['se-vip-001', 'se-vip-002']) expectCluster(id);
  });
  test('R7.6.1: gateway TCP server routed by a tcp route bound to the first Gateway', () => expectCluster('gw-conf-002'));
  test('R7.1.3: the first Gateway owns a TCP port; without a tcp route bound to it there is no listener', () => {
    for (const id of ['gw-conf-001', 'gw-conf-005']) {
      const { result } = run(id);
      assert.ok(result);
      assert.equal(result.envoy.failure, 'no-listener');
      assert.equal(result.envoy.cluster, null);
    }
  });
  test('R7.6.1: TLS PASSTHROUGH server routed by a tls route matching the SNI', () => expectCluster('gw-conf-004'));
});

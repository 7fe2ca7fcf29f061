import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';

const K8S_GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: web, namespace: edge}
spec:
  gatewayClassName: istio
  listeners: [{name: http, port: 80, protocol: HTTP}]
`;
const ISTIO_GATEWAY = `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ingress, namespace: edge}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
`;

describe('Istio kinds come only from networking.istio.io', () => {
  test('R7.1.1: a gateway.networking.k8s.io Gateway is not an Istio Gateway', () => {
    const index = indexOf(`${K8S_GATEWAY}---\n${ISTIO_GATEWAY}`);
    assert.deepEqual(index.gateways.map((g) => g.key), ['edge/ingress']);
    assert.equal(index.gateway('edge', 'web'), undefined);
    assert.equal(index.byKind('Gateway').length, 2, 'the resource itself stays in the set');
  });
  test('the built index carries its domain suffix and finds pods by name', () => {
    const index = indexOf(`apiVersion: v1
kind: Pod
metadata: {name: p, namespace: shop, labels: {app: a}}
spec: {containers: [{name: c, image: x}]}
`);
    assert.equal(index.domainSuffix, 'cluster.local');
    assert.equal(index.pod('shop', 'p')?.name, 'p');
    assert.equal(index.pod('shop', 'nope'), undefined);
  });
});

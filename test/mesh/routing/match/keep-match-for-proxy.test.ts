import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { keepMatchForProxy, type ProxyContext } from '../../../../src/mesh/routing/match/index.js';

const sidecar: ProxyContext = { gateway: 'mesh', namespace: 'default', labels: { app: 'productpage', version: 'v1' }, listenerPort: 9080 };
const gateway: ProxyContext = { gateway: 'istio-system/bookinfo-gateway', namespace: 'istio-system', labels: { istio: 'ingressgateway' }, listenerPort: 8080 };

describe('keepMatchForProxy', () => {
  test('R2.2.1: sourceLabels must be a subset of the proxy pod labels', () => {
    assert.equal(keepMatchForProxy({ sourceLabels: { app: 'productpage' } }, sidecar, 'default').kept, true);
    const out = keepMatchForProxy({ sourceLabels: { app: 'reviews' } }, sidecar, 'default');
    assert.equal(out.kept, false);
    assert.equal(out.field, 'sourceLabels.app');
    assert.match(out.reason, /has app=productpage/);
  });

  test('R2.2.1: sourceNamespace must equal the proxy namespace', () => {
    assert.equal(keepMatchForProxy({ sourceNamespace: 'default' }, sidecar, 'default').kept, true);
    const out = keepMatchForProxy({ sourceNamespace: 'other' }, sidecar, 'default');
    assert.equal(out.kept, false);
    assert.equal(out.field, 'sourceNamespace');
  });

  test('R2.2.1: when match.gateways is set, sourceLabels and sourceNamespace are ignored', () => {
    const match = { gateways: ['mesh'], sourceLabels: { app: 'nope' }, sourceNamespace: 'nope' };
    assert.equal(keepMatchForProxy(match, sidecar, 'default').kept, true);
    const out = keepMatchForProxy({ gateways: ['bookinfo-gateway'] }, sidecar, 'default');
    assert.equal(out.kept, false);
    assert.equal(out.field, 'gateways');
  });

  test('R2.1.3: match.gateways names are normalised against the VirtualService namespace', () => {
    assert.equal(keepMatchForProxy({ gateways: ['bookinfo-gateway'] }, gateway, 'istio-system').kept, true);
    assert.equal(keepMatchForProxy({ gateways: ['./bookinfo-gateway'] }, gateway, 'istio-system').kept, true);
    assert.equal(keepMatchForProxy({ gateways: ['bookinfo-gateway'] }, gateway, 'default').kept, false);
    assert.equal(keepMatchForProxy({ gateways: ['bookinfo-gateway.istio-system.svc.cluster.local'] }, gateway, 'default').kept, true);
  });

  test('R2.2.2: on a gateway, sourceLabels compare with the gateway pod labels', () => {
    const out = keepMatchForProxy({ sourceLabels: { app: 'productpage' } }, gateway, 'default');
    assert.equal(out.kept, false);
    assert.match(out.reason, /gateway pod's labels/);
  });

  test('R2.2.3 / R3.8.1: match.port must equal the listener port', () => {
    assert.equal(keepMatchForProxy({ port: 9080 }, sidecar, 'default').kept, true);
    const out = keepMatchForProxy({ port: 80 }, gateway, 'istio-system');
    assert.equal(out.kept, false);
    assert.equal(out.field, 'port');
    assert.match(out.reason, /port 80 differs from the port 8080/);
  });
});

// Listener stage: protocol by port (R6.6, R1.8) on sidecars; server port, translation and TLS on gateways (R7.2, R7.3, R7.6).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const WEB_VS = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - match: [{uri: {prefix: /api}}]
    route: [{destination: {host: web}}]`;

function gateway(servers: string, name = 'gw'): string {
  return `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ${name}, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers:
${servers}`;
}
const BOUND = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: edge, namespace: default}
spec:
  hosts: ["*"]
  gateways: [gw]
  http:
  - route: [{destination: {host: web}}]`;

describe('listener (sidecar)', () => {
  test('R1.8.4, R6.6.2: a port named tcp gets L4 forwarding: http rules do not apply', () => {
    const r = simulate(join(app('web', { portName: 'tcp-web' }), WEB_VS), { host: 'web', path: '/other' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.virtualService, null);
    assert.equal(r.destinations[0].cluster, 'outbound|80||web.default.svc.cluster.local');
    assert.deepEqual(stepsOf(r, 'listener')[0].rules, ['R1.8.4', 'R6.6.2']);
  });

  test('R1.8.3: a sniffed port with a ClusterIP routes any Host header to that service', () => {
    const r = simulate(join(app('web', { portName: 'web', clusterIP: '10.0.0.5' }), WEB_VS), { host: 'anything.example', address: '10.0.0.5', path: '/api/x' });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'web' });
    assert.equal(r.envoy.routeConfig, 'web.default.svc.cluster.local:80');
  });

  test('R1.8.2: with no listener for the port, ALLOW_ANY passes through and REGISTRY_ONLY drops', () => {
    const allow = simulate(app('web'), { host: 'example.org', port: 9999 });
    assert.equal(allow.outcome, 'PASSTHROUGH');
    assert.equal(allow.envoy.cluster, 'PassthroughCluster');
    const blocked = simulate(app('web'), { host: 'example.org', port: 9999, outboundTrafficPolicy: 'REGISTRY_ONLY' });
    assert.equal(blocked.outcome, 'BLOCKED');
    assert.equal(blocked.envoy.cluster, 'BlackHoleCluster');
  });

  test('R1.8.4: a client sending TLS itself is forwarded at L4, its HTTP headers are invisible', () => {
    const r = simulate(join(app('web'), WEB_VS), { host: 'web', scheme: 'https', path: '/other' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.virtualService, null);
  });
});

describe('listener (gateway)', () => {
  test('R7.2.1: a server port equal to a port of the Service selecting the gateway Pod listens on its targetPort', () => {
    const service = `apiVersion: v1
kind: Service
metadata: {name: istio-ingressgateway, namespace: istio-system}
spec:
  selector: {istio: ingressgateway}
  ports: [{name: http2, port: 80, targetPort: 8080}]`;
    const r = simulate(join(app('web'), service, gateway('  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ["*"]'), BOUND), { host: 'x', gateway: 'default/gw', port: 80 });
    assert.equal(r.envoy.listener, '0.0.0.0_8080');
    assert.equal(r.envoy.routeConfig, 'http.8080');
    assert.equal(r.envoy.virtualHost, '*:80');
    const byListener = simulate(join(app('web'), service, gateway('  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ["*"]'), BOUND), { host: 'x', gateway: 'default/gw', listenerPort: 80 });
    assert.equal(byListener.envoy.failure, 'no-listener', 'the Pod does not listen on 80');
  });

  test('R7.2.1: a server port that no server declares has no listener', () => {
    const r = simulate(join(app('web'), gateway('  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ["*"]'), BOUND), { host: 'x', gateway: 'default/gw', port: 81 });
    assert.equal(r.envoy.failure, 'no-listener');
    assert.equal(r.status, null);
  });

  test('R7.3.1: on a port with TCP and HTTP servers, the first Gateway decides: its TCP server without tcp routes opens no listener (istio#27481)', () => {
    const tcp = gateway('  - port: {number: 80, name: tcp, protocol: TCP}\n    hosts: ["*"]', 'a-tcp');
    const http = gateway('  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ["*"]', 'gw');
    const r = simulate(join(app('web'), tcp, http, BOUND), { host: 'x', gateway: 'default/gw', port: 80 });
    assert.equal(r.envoy.failure, 'no-listener');
    assert.ok(stepsOf(r, 'listener').some((s) => s.decision === 'selected' && /default\/a-tcp/.test(s.reason) && /TCP/.test(s.reason)));
  });

  test('R7.6.1: an HTTPS server terminates TLS and its http routes apply; PASSTHROUGH servers only get tls routes', () => {
    const simple = gateway('  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: ["*.example.com"]\n    tls: {mode: SIMPLE, credentialName: cert}');
    const r = simulate(join(app('web'), simple, BOUND), { host: 'a.example.com', gateway: 'default/gw' });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.request.scheme, 'https', 'assumed from the TLS server');
    assert.equal(r.envoy.routeConfig, 'https.443.https.gw.default');
    const plain = simulate(join(app('web'), simple, BOUND), { host: 'a.example.com', gateway: 'default/gw', scheme: 'http' });
    assert.equal(plain.envoy.failure, 'protocol-mismatch');
    const passthrough = gateway('  - port: {number: 443, name: tls, protocol: TLS}\n    hosts: ["*.example.com"]\n    tls: {mode: PASSTHROUGH}');
    const p = simulate(join(app('web'), passthrough, BOUND), { host: 'a.example.com', gateway: 'default/gw' });
    assert.equal(p.outcome, 'NO_ROUTE');
    assert.match(p.summary, /passes TLS through/);
  });

  test('R7.6.2: httpsRedirect answers plain HTTP with 301 to https before any route', () => {
    const redirect = gateway('  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: ["shop.example.com"]\n    tls: {httpsRedirect: true}');
    const r = simulate(join(app('web'), redirect), { host: 'shop.example.com', gateway: 'default/gw', path: '/cart?id=1' });
    assert.equal(r.outcome, 'REDIRECTED');
    assert.equal(r.status, 301);
    assert.deepEqual(r.redirect, { location: 'https://shop.example.com/cart?id=1', status: 301 });
  });
});

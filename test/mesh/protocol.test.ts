import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { istioProtocolOf } from '../../src/mesh/protocol.js';

describe('istioProtocolOf', () => {
  test('R6.6.1: UDP port protocol wins', () => {
    assert.equal(istioProtocolOf({ name: 'http', protocol: 'UDP', port: 53 }).protocol, 'UDP');
  });
  test('R6.6.3: name http and http-web are HTTP; HTTP routing applies (R6.6.2)', () => {
    const d = istioProtocolOf({ name: 'http-web', port: 80 });
    assert.equal(d.protocol, 'HTTP');
    assert.equal(d.http, true);
    assert.equal(d.sniffed, false);
    assert.match(d.reason, /http-web/);
    assert.equal(istioProtocolOf({ name: 'http', port: 80 }).protocol, 'HTTP');
  });
  test('R6.6.3: name http with appProtocol tcp is TCP (appProtocol replaces the name)', () => {
    const d = istioProtocolOf({ name: 'http', appProtocol: 'tcp', port: 80 });
    assert.equal(d.protocol, 'TCP');
    assert.equal(d.http, false);
  });
  test('R6.6.1: kubernetes.io/h2c appProtocol is HTTP2', () => {
    assert.equal(istioProtocolOf({ name: 'web', appProtocol: 'kubernetes.io/h2c', port: 80 }).protocol, 'HTTP2');
  });
  test('R6.6.3: grpc-web prefix is GRPC-Web, grpc is GRPC, tcp- is TCP', () => {
    assert.equal(istioProtocolOf({ name: 'grpc-web-x', port: 80 }).protocol, 'GRPC-Web');
    assert.equal(istioProtocolOf({ name: 'grpc', port: 80 }).protocol, 'GRPC');
    assert.equal(istioProtocolOf({ name: 'tcp-db', port: 5432 }).protocol, 'TCP');
    assert.equal(istioProtocolOf({ name: 'HTTP2-x', port: 80 }).protocol, 'HTTP2');
  });
  test('R6.6.3: an unknown name is sniffed (UNSUPPORTED)', () => {
    const d = istioProtocolOf({ name: 'web', port: 8080 });
    assert.equal(d.protocol, 'UNSUPPORTED');
    assert.equal(d.sniffed, true);
    assert.equal(d.http, false);
  });
  test('R6.6.1: unnamed well-known port 3306 defaults to TCP', () => {
    assert.equal(istioProtocolOf({ port: 3306 }).protocol, 'TCP');
    assert.equal(istioProtocolOf({ port: 9080 }).protocol, 'UNSUPPORTED');
  });
  test('R6.6.1: an unknown appProtocol is sniffed', () => {
    assert.equal(istioProtocolOf({ name: 'http', appProtocol: 'weird', port: 80 }).protocol, 'UNSUPPORTED');
  });
});

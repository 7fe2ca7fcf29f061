import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareSpecificity, hostMatches, hostsOverlap, intersectHosts, isExportedTo, isIpAddress, mostSpecificMatch,
  normalizeGatewayRef, resolveShortName, serviceFqdn, splitNamespacedHost,
} from '../../src/mesh/hosts.js';

describe('hosts', () => {
  test('R1.1.1: a name without a dot expands in the given namespace, a dotted name is kept', () => {
    assert.equal(resolveShortName('reviews', 'default'), 'reviews.default.svc.cluster.local');
    assert.equal(resolveShortName('reviews.default', 'default'), 'reviews.default');
    assert.equal(resolveShortName('*', 'default'), '*');
    assert.equal(resolveShortName('10.0.0.1', 'default'), '10.0.0.1');
    assert.equal(resolveShortName('reviews', 'prod', 'corp.local'), 'reviews.prod.svc.corp.local');
  });
  test('R1.1.5: hosts are lower-cased', () => {
    assert.equal(resolveShortName('Reviews', 'default'), 'reviews.default.svc.cluster.local');
    assert.equal(resolveShortName('Bookinfo.COM', 'default'), 'bookinfo.com');
  });
  test('R1.3.2: Service FQDN is name.namespace.svc.suffix', () => {
    assert.equal(serviceFqdn('Reviews', 'default'), 'reviews.default.svc.cluster.local');
  });
  test('R1.5.1: wildcards cover longer names only, * covers all', () => {
    assert.ok(hostMatches('*.foo.com', 'a.foo.com'));
    assert.ok(!hostMatches('*.foo.com', 'foo.com'));
    assert.ok(hostMatches('*', 'anything.example'));
    assert.ok(hostMatches('*.com', '*.foo.com'));
    assert.ok(!hostMatches('*.foo.com', '*.com'));
    assert.ok(!hostMatches('a.foo.com', '*.foo.com'));
    assert.ok(hostsOverlap('a.foo.com', '*.foo.com'));
    assert.ok(!hostsOverlap('a.foo.com', 'b.foo.com'));
  });
  test('R1.5.2/R5.5.2: exact beats wildcard, a longer wildcard beats a shorter one', () => {
    assert.ok(compareSpecificity('a.foo.com', '*.foo.com') < 0);
    assert.ok(compareSpecificity('*.a.foo.com', '*.foo.com') < 0);
    assert.equal(mostSpecificMatch('a.foo.com', ['*', '*.foo.com', 'a.foo.com']), 'a.foo.com');
    assert.equal(mostSpecificMatch('b.foo.com', ['*', '*.foo.com', 'a.foo.com']), '*.foo.com');
    assert.equal(mostSpecificMatch('b.bar.com', ['*.foo.com']), undefined);
  });
  test('R1.6.2: gateway/VirtualService intersection keeps the more specific name', () => {
    assert.equal(intersectHosts('*', 'bookinfo.com'), 'bookinfo.com');
    assert.equal(intersectHosts('*.example.com', '*'), '*.example.com');
    assert.equal(intersectHosts('*', '*'), '*');
    assert.equal(intersectHosts('foo.com', 'bar.com'), undefined);
  });
  test('R2.1.3: gateway references normalize to namespace/name', () => {
    assert.equal(normalizeGatewayRef('mesh', 'default'), 'mesh');
    assert.equal(normalizeGatewayRef('my-gateway', 'default'), 'default/my-gateway');
    assert.equal(normalizeGatewayRef('./my-gateway', 'prod'), 'prod/my-gateway');
    assert.equal(normalizeGatewayRef('istio-system/ingress', 'default'), 'istio-system/ingress');
    assert.equal(normalizeGatewayRef('ingress.istio-system.svc.cluster.local', 'default'), 'istio-system/ingress');
  });
  test('R7.4.1: server hosts split into namespace and dnsName; no prefix is *, ./ is own namespace', () => {
    assert.deepEqual(splitNamespacedHost('bookinfo.com', 'default'), { namespace: '*', dnsName: 'bookinfo.com' });
    assert.deepEqual(splitNamespacedHost('./Foo.com', 'prod'), { namespace: 'prod', dnsName: 'foo.com' });
    assert.deepEqual(splitNamespacedHost('ns1/*', 'prod'), { namespace: 'ns1', dnsName: '*' });
    assert.deepEqual(splitNamespacedHost('x.com', 'prod', 'fallback'), { namespace: 'fallback', dnsName: 'x.com' });
  });
  test('R2.3.1-R2.3.4: exportTo visibility', () => {
    assert.ok(isExportedTo([], 'a', 'b'));
    assert.ok(isExportedTo(['*'], 'a', 'b'));
    assert.ok(isExportedTo(['.'], 'a', 'a'));
    assert.ok(!isExportedTo(['.'], 'a', 'b'));
    assert.ok(!isExportedTo(['~'], 'a', 'a'));
    assert.ok(isExportedTo(['x', 'b'], 'a', 'b'));
  });
  test('isIpAddress recognises IPv4 and IPv6', () => {
    assert.ok(isIpAddress('10.1.2.3'));
    assert.ok(isIpAddress('::1'));
    assert.ok(!isIpAddress('reviews'));
  });
});

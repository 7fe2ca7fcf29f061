// Virtual host domains and Envoy's choice among them (R1.3, R1.2.1, R1.3.3).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeDomains, selectByDomain } from '../../../src/mesh/routing/virtual-host-domains.js';
import { dnsNames } from '../../../src/mesh/routing/dns.js';

describe('virtual host domains', () => {
  test('R1.2.1: exact, then longest suffix wildcard, then prefix wildcard, then *', () => {
    const hosts = [{ d: ['*'] }, { d: ['*.com'] }, { d: ['*.example.com'] }, { d: ['shop.*'] }, { d: ['shop.example.com'] }];
    const pick = (h: string) => selectByDomain(hosts, (x) => x.d, h)?.domain;
    assert.equal(pick('shop.example.com'), 'shop.example.com');
    assert.equal(pick('a.example.com'), '*.example.com');
    assert.equal(pick('shop.example.org'), 'shop.*');
    assert.equal(pick('other.org'), '*');
    assert.equal(selectByDomain([{ d: ['*.example.com'] }], (x) => x.d, 'example.com'), null);
  });

  test('R1.3.3: a domain claimed by an earlier virtual host is dropped from later ones', () => {
    assert.deepEqual(dedupeDomains([{ domains: ['a', 'b'] }, { domains: ['b', 'c'] }]).map((h) => h.domains), [['a', 'b'], ['c']]);
  });

  test('R1.3: DNS search path of a pod: short names in its namespace, S.N, S.N.svc', () => {
    assert.deepEqual(dnsNames('web', 'shop', 'cluster.local'), ['web.shop.svc.cluster.local', 'web']);
    assert.deepEqual(dnsNames('web.team', 'shop', 'cluster.local'), ['web.team.svc.cluster.local', 'web.team']);
    assert.deepEqual(dnsNames('web.team.svc', 'shop', 'cluster.local'), ['web.team.svc.cluster.local', 'web.team.svc']);
  });
});

// MX0004 looks up the DestinationRule once per group of caller namespaces that find the same one (R5.5.1, R2.3.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers/analyze.js';
import { deployment, destinationRule, docs, service, virtualService } from './helpers/fixtures.js';

const HOST = 'reviews.svc.svc.cluster.local';
const callers = ['a', 'b', 'c', 'd'].map((ns) => deployment(`client-${ns}`, ns, `app: client-${ns}`));
const base = [
  service('reviews', 'svc', '[{name: http, port: 9080}]'),
  deployment('reviews-v1', 'svc', 'app: reviews, version: v1'),
  destinationRule('shared', 'svc', `host: ${HOST}\nsubsets: [{name: v1, labels: {version: v1}}]`),
  virtualService('route', 'svc', `hosts: [${HOST}]\nhttp:\n- route: [{destination: {host: ${HOST}, subset: v1}}]`),
  ...callers,
];

describe('MX0004 per caller namespace', () => {
  test('R5.5.1: only callers whose own namespace holds a rule without the subset miss it', () => {
    const findings = analyze(docs(...base, destinationRule('local', 'b', `host: ${HOST}`)), { codes: ['MX0004'] });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /clients in b use DestinationRule b\/local, which has no subset v1\.$/);
  });
  test('R2.3.1: a service-namespace rule exported to some namespaces only leaves the other callers without a rule', () => {
    const exported = destinationRule('shared', 'svc', `host: ${HOST}\nexportTo: [".", "c"]\nsubsets: [{name: v1, labels: {version: v1}}]`);
    const findings = analyze(docs(...base.slice(0, 2), exported, ...base.slice(3)), { codes: ['MX0004'] });
    assert.equal(findings.length, 1);
    const named = [...findings[0].message.matchAll(/clients in (\w+) find no DestinationRule/g)].map((m) => m[1]);
    assert.deepEqual(named, ['a', 'b', 'd']);
  });
  test('R5.5.1: every caller finds the service-namespace rule with the subset: no finding', () => {
    assert.deepEqual(analyze(docs(...base), { codes: ['MX0004'] }), []);
  });
});

describe('VirtualServices bound to a Gateway API Gateway', () => {
  test('R2.1.3: a gateway.networking.k8s.io Gateway of that name counts as existing (istioctl accepts it too)', () => {
    const k8sGateway = 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: web, namespace: svc}\nspec:\n  gatewayClassName: istio\n  listeners: [{name: http, port: 80, protocol: HTTP}]\n';
    const bound = virtualService('edge', 'svc', `hosts: ["*"]\ngateways: [web]\nhttp:\n- route: [{destination: {host: reviews}}]`);
    const findings = analyze(docs(...base.slice(0, 2), k8sGateway, bound), { codes: ['MX0005', 'MX0012'] });
    assert.deepEqual(findings, []);
  });
});

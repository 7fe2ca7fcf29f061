import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { destinationRuleFor, subsetOf } from '../../../src/mesh/relationships/index.js';

const rule = (name: string, ns: string, host: string, extra = '', ts = '') => `
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: ${ns}${ts ? `, creationTimestamp: "${ts}"` : ''}}
spec:
  host: ${host}
${extra}`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: reviews, namespace: svc}\nspec: {selector: {app: reviews}, ports: [{port: 9080}]}\n';
const HOST = 'reviews.svc.svc.cluster.local';
const used = (choice: ReturnType<typeof destinationRuleFor>) => choice.rule?.rules.map((r) => `${r.namespace}/${r.name}`);

describe('destinationRuleFor', () => {
  test('R5.5.1: the client namespace is searched first, then the service namespace, then the root namespace', () => {
    const all = [SERVICE, rule('in-client', 'client', HOST), rule('in-service', 'svc', HOST), rule('in-root', 'istio-system', HOST)];
    assert.deepEqual(used(destinationRuleFor(indexOf(all.join('---')), HOST, 'client')), ['client/in-client']);
    const choice = destinationRuleFor(indexOf([SERVICE, all[2], all[3]].join('---')), HOST, 'client');
    assert.deepEqual(used(choice), ['svc/in-service']);
    assert.equal(choice.rule?.step, 'service-namespace');
    const root = choice.candidates.find((c) => c.rule.name === 'in-root')!;
    assert.equal(root.used, false);
    assert.match(root.reason, /stopped at namespace svc/);
    assert.deepEqual(used(destinationRuleFor(indexOf([SERVICE, all[3]].join('---')), HOST, 'client')), ['istio-system/in-root']);
  });
  test('R5.5.1: a rule in an unrelated namespace is never used; a rule not exported to the client is skipped', () => {
    const index = indexOf([SERVICE, rule('elsewhere', 'other', HOST), rule('private', 'svc', HOST, '  exportTo: ["."]\n')].join('---'));
    const choice = destinationRuleFor(index, HOST, 'client');
    assert.equal(choice.rule, null);
    assert.match(choice.reason, /no DestinationRule/);
    assert.match(choice.candidates.find((c) => c.rule.name === 'elsewhere')!.reason, /not the client's, the service's or the root namespace/);
    assert.match(choice.candidates.find((c) => c.rule.name === 'private')!.reason, /not exported to client/);
    assert.deepEqual(used(destinationRuleFor(index, HOST, 'svc')), ['svc/private']);
  });
  test('R5.5.2: within a namespace the most specific host wins; a client-namespace wildcard beats a service-namespace exact rule', () => {
    const index = indexOf([SERVICE, rule('wild', 'client', '"*.svc.cluster.local"'), rule('wilder', 'client', '"*"'), rule('exact', 'svc', HOST)].join('---'));
    const choice = destinationRuleFor(index, HOST, 'client');
    assert.deepEqual(used(choice), ['client/wild']);
    assert.match(choice.candidates.find((c) => c.rule.name === 'wilder')!.reason, /less specific/);
    assert.match(choice.candidates.find((c) => c.rule.name === 'exact')!.reason, /stopped at namespace client/);
  });
  test('R5.5.3: workloadSelector rules apply only to matching clients in their namespace, and are preferred', () => {
    const selective = rule('for-app', 'svc', HOST, '  workloadSelector: {matchLabels: {app: shop}}\n  subsets: [{name: s, labels: {v: s}}]\n');
    const index = indexOf([SERVICE, selective, rule('plain', 'svc', HOST)].join('---'));
    assert.deepEqual(used(destinationRuleFor(index, HOST, 'svc', { app: 'shop' })), ['svc/for-app']);
    assert.deepEqual(used(destinationRuleFor(index, HOST, 'svc', { app: 'other' })), ['svc/plain']);
    assert.deepEqual(used(destinationRuleFor(index, HOST, 'svc')), ['svc/plain']);
    const fromClient = destinationRuleFor(index, HOST, 'client', { app: 'shop' });
    assert.deepEqual(used(fromClient), ['svc/plain']);
    assert.match(fromClient.candidates.find((c) => c.rule.name === 'for-app')!.reason, /only to workloads in svc/);
  });
  test('R5.5.4: same-host rules in one namespace merge; the oldest subset definition and trafficPolicy win', () => {
    const older = rule('a-old', 'svc', HOST, '  trafficPolicy: {loadBalancer: {simple: RANDOM}}\n  subsets: [{name: v1, labels: {version: v1}}]\n', '2024-01-01T00:00:00Z');
    const newer = rule('b-new', 'svc', HOST, '  trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}\n  subsets: [{name: v1, labels: {version: other}}, {name: v2, labels: {version: v2}}]\n', '2024-02-01T00:00:00Z');
    const separate = rule('c-private', 'svc', HOST, '  exportTo: ["."]\n  subsets: [{name: v3, labels: {version: v3}}]\n', '2024-03-01T00:00:00Z');
    const choice = destinationRuleFor(indexOf([SERVICE, newer, older, separate].join('---')), HOST, 'svc');
    assert.deepEqual(used(choice), ['svc/a-old', 'svc/b-new']);
    assert.deepEqual(choice.rule!.subsets.map((s) => `${s.subset.name}:${s.subset.labels.version}:${s.rule.name}`), ['v1:v1:a-old', 'v2:v2:b-new']);
    assert.deepEqual(choice.rule!.trafficPolicy, { loadBalancer: { simple: 'RANDOM' } });
    assert.equal(subsetOf(choice.rule, 'v3'), undefined);
    assert.match(choice.candidates.find((c) => c.rule.name === 'c-private')!.reason, /exportTo differs/);
  });
});

describe('destinationRuleFor without a Service for the host', () => {
  test('R5.5.1: the namespace inside a name.ns.svc.<suffix> host is the service-namespace step when no Service or ServiceEntry has it', () => {
    const index = indexOf(rule('in-ns', 'svc', HOST, '  subsets: [{name: v1, labels: {version: v1}}]\n'));
    const choice = destinationRuleFor(index, HOST, 'client');
    assert.deepEqual(used(choice), ['svc/in-ns']);
    assert.equal(choice.rule?.step, 'service-namespace');
    assert.ok(subsetOf(choice.rule, 'v1'));
  });
  test('R5.5.1: a host that is not name.ns.svc.<suffix> adds no service-namespace step', () => {
    const index = indexOf(rule('dotted', 'svc', 'reviews.svc'));
    assert.equal(destinationRuleFor(index, 'reviews.svc', 'client').rule, null);
  });
});

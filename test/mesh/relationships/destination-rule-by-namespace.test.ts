import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { destinationRuleFor, destinationRulesByNamespace } from '../../../src/mesh/relationships/index.js';

const rule = (name: string, ns: string, host: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: ${ns}}
spec:
  host: ${host}
${extra}`;
const namespace = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}}\n`;
const HOST = 'reviews.svc.svc.cluster.local';

describe('destinationRulesByNamespace', () => {
  const index = indexOf([
    'apiVersion: v1\nkind: Service\nmetadata: {name: reviews, namespace: svc}\nspec: {selector: {app: reviews}, ports: [{port: 9080}]}\n',
    rule('shared', 'svc', HOST, '  exportTo: ["*"]\n'),
    rule('private', 'svc', HOST, '  exportTo: [".", "friend"]\n'),
    rule('own', 'client', HOST),
    rule('selected', 'client', HOST, '  workloadSelector: {matchLabels: {app: x}}\n'),
    rule('wild', 'istio-system', '"*.svc.cluster.local"'),
    ...['a', 'b', 'friend', 'client', 'svc', 'istio-system', 'other'].map(namespace),
  ].join('---\n'));

  test('R5.5.1, R2.3.1: the rule for every client namespace is the one destinationRuleFor chooses', () => {
    const rules = destinationRulesByNamespace(index, HOST);
    for (const ns of [...index.namespaces(), 'not-in-the-set']) {
      const expected = destinationRuleFor(index, HOST, ns).rule;
      assert.deepEqual(rules.of(ns)?.rules.map((r) => r.name), expected?.rules.map((r) => r.name), ns);
      assert.equal(rules.of(ns)?.namespace, expected?.namespace, ns);
    }
  });
  test('R5.5.1: namespaces holding a rule or named by an exportTo decide; the others share one answer', () => {
    const rules = destinationRulesByNamespace(index, HOST);
    assert.deepEqual([...rules.deciding].sort(), ['client', 'friend', 'istio-system', 'svc']);
    assert.deepEqual(rules.others?.rules.map((r) => r.name), ['shared']);
    assert.equal(rules.of('a'), rules.of('b'));
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';

const pod = (ns: string, name: string, labels: string) => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}
spec: {containers: [{name: c, image: x}]}
`;

describe('label inverted index', () => {
  const index = indexOf([
    pod('a', 'p1', '{app: web, version: v1}'),
    pod('a', 'p2', '{app: web, version: v2}'),
    pod('a', 'p3', '{app: db}'),
    pod('b', 'p4', '{app: web, version: v1}'),
  ].join('---'));
  const names = (pods: { name: string }[]) => pods.map((p) => p.name).sort();
  test('R6.1.1: selector entries must all be in the pod labels, within the namespace', () => {
    assert.deepEqual(names(index.podsMatching('a', { app: 'web' })), ['p1', 'p2']);
    assert.deepEqual(names(index.podsMatching('a', { app: 'web', version: 'v1' })), ['p1']);
    assert.deepEqual(names(index.podsMatching('a', { app: 'web', version: 'v3' })), []);
    assert.deepEqual(names(index.podsMatching('c', { app: 'web' })), []);
  });
  test('R7.1.1: a null namespace searches every namespace', () => {
    assert.deepEqual(names(index.podsMatching(null, { version: 'v1' })), ['p1', 'p4']);
  });
  test('empty selector is the raw primitive: every pod of the namespace (Services treat it as none, R6.1.1)', () => {
    assert.deepEqual(names(index.podsMatching('a', {})), ['p1', 'p2', 'p3']);
  });
  test('namespaces() lists namespaces of objects and Namespace objects', () => {
    const withNs = indexOf(pod('a', 'p1', '{}') + '---\napiVersion: v1\nkind: Namespace\nmetadata: {name: zzz}\n');
    assert.deepEqual(withNs.namespaces(), ['a', 'zzz']);
    assert.equal(withNs.inNamespace('a').length, 1);
    assert.equal(withNs.byKind('Namespace').length, 1);
    assert.equal(withNs.get('Namespace', null, 'zzz')?.name, 'zzz');
  });
});

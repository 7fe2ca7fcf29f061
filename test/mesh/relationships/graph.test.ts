import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BOOKINFO, indexOf, loadFiles } from '../helpers/load.js';
import { parseResources } from '../helpers/load.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import { allRelations, buildRelationshipGraph, renderGraphMermaid } from '../../../src/mesh/relationships/index.js';

const BROKEN = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: broken, namespace: default}
spec:
  hosts: [reviews]
  http: [{route: [{destination: {host: does-not-exist}}]}]
`;

describe('relationship graph', () => {
  const index = buildMeshIndex([...loadFiles(...BOOKINFO), ...parseResources(BROKEN, 'broken.yaml')]);

  test('R1.1.2: a VirtualService pointing at a host that does not exist yields a MISSING edge with a reason', () => {
    const graph = buildRelationshipGraph(index, { kind: 'VirtualService', namespace: 'default', name: 'broken', depth: 1 });
    const missing = graph.edges.filter((e) => e.status === 'MISSING');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].from, 'VirtualService/default/broken');
    assert.equal(missing[0].to, 'Service/default/does-not-exist');
    assert.equal(missing[0].kind, 'routes-to');
    assert.match(missing[0].reason!, /unknown host does-not-exist\.default\.svc\.cluster\.local/);
    assert.equal(missing[0].source?.field, 'spec.http[0].route[0].destination');
    const target = graph.nodes.find((n) => n.id === 'Service/default/does-not-exist')!;
    assert.equal(target.source, null);
  });
  test('depth limits the walk; edges are followed in both directions', () => {
    const one = buildRelationshipGraph(index, { kind: 'Deployment', namespace: 'default', name: 'reviews-v2', depth: 1 });
    assert.deepEqual(one.nodes.map((n) => n.id).sort(), ['Deployment/default/reviews-v2', 'Pod/default/reviews-v2-pod-0']);
    const two = buildRelationshipGraph(index, { kind: 'Deployment', namespace: 'default', name: 'reviews-v2', depth: 2 });
    const ids = two.nodes.map((n) => n.id);
    assert.ok(ids.includes('Service/default/reviews'));
    assert.ok(ids.includes('DestinationRule/default/reviews'));
    assert.ok(!ids.includes('VirtualService/default/reviews'));
    const pod = buildRelationshipGraph(index, { kind: 'Pod', namespace: 'default', name: 'reviews-v1-pod-0', depth: 0 });
    assert.equal(pod.nodes[0].source?.field, 'spec.template');
  });
  test('an unknown start object gives an empty graph', () => {
    assert.deepEqual(buildRelationshipGraph(index, { kind: 'Service', namespace: 'default', name: 'nope' }), { nodes: [], edges: [] });
  });
  test('the registry is frozen, alphabetical and uniquely named', () => {
    assert.ok(Object.isFrozen(allRelations));
    const names = allRelations.map((r) => r.name);
    assert.deepEqual(names, [...names].sort());
    assert.equal(new Set(names).size, names.length);
    assert.ok(allRelations.every((r) => r.description.length > 0));
  });
  test('Mermaid: a flowchart with MISSING edges dashed and labelled', () => {
    const graph = buildRelationshipGraph(index, { kind: 'VirtualService', namespace: 'default', name: 'broken', depth: 1 });
    const text = renderGraphMermaid(graph);
    assert.match(text, /^flowchart LR\n/);
    assert.match(text, /n\d+\["VirtualService: default\/broken"\]/);
    assert.match(text, /-\.->\|"MISSING routes-to: unknown host does-not-exist/);
    assert.match(text, /class n\d+ missing/);
  });
  test('R6.2.4: a pod lacking a named targetPort is a MISSING service-ports edge', () => {
    const small = indexOf(`apiVersion: v1
kind: Pod
metadata: {name: p, namespace: default, labels: {app: a}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Service
metadata: {name: a, namespace: default}
spec: {selector: {app: a}, ports: [{name: http, port: 80, targetPort: web}]}
`);
    const graph = buildRelationshipGraph(small, { kind: 'Service', namespace: 'default', name: 'a', depth: 1 });
    const missing = graph.edges.find((e) => e.status === 'MISSING')!;
    assert.equal(missing.kind, 'port 80 -> web');
    assert.equal(missing.to, 'Pod/default/p');
    assert.match(missing.reason!, /UNVERIFIED/);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BOOKINFO, indexOfFiles } from '../helpers/load.js';
import {
  buildRelationshipGraph, destinationRuleSubsets, podServices, podVirtualServiceDestinations, podWorkload, servicePods,
  servicePorts, virtualServiceDestinations,
} from '../../../src/mesh/relationships/index.js';

describe('bookinfo relationships', () => {
  const index = indexOfFiles(...BOOKINFO);
  const names = (pods: { name: string }[]) => pods.map((p) => p.name).sort();

  test('R6.1.3: Service reviews selects the pods of reviews-v1, -v2 and -v3', () => {
    const reviews = index.service('default', 'reviews')!;
    const found = servicePods(index, reviews);
    assert.equal(found.via, 'selector');
    assert.deepEqual(found.pods.map((p) => p.workload.name).sort(), ['reviews-v1', 'reviews-v2', 'reviews-v3']);
  });
  test('R5.6.1: subset v2 of DestinationRule reviews selects only reviews-v2', () => {
    const rule = index.destinationRules.find((r) => r.name === 'reviews')!;
    const v2 = destinationRuleSubsets(index, rule).find((s) => s.subset.name === 'v2')!;
    assert.equal(v2.status, 'OK');
    assert.deepEqual(v2.pods.map((p) => p.workload.name), ['reviews-v2']);
  });
  test('R5.6.1: VirtualService reviews reaches only reviews-v1', () => {
    const vs = index.virtualService('default', 'reviews')!;
    const destinations = virtualServiceDestinations(index, vs);
    assert.equal(destinations.length, 1);
    assert.equal(destinations[0].status, 'OK');
    assert.equal(destinations[0].subset, 'v1');
    assert.deepEqual(destinations[0].pods.map((p) => p.workload.name), ['reviews-v1']);
    assert.equal(destinations[0].fieldPath, 'spec.http[0].route[0].destination');
  });
  test("R6.2.1: productpage's targetPort resolves to 9080", () => {
    const productpage = index.service('default', 'productpage')!;
    const [view] = servicePorts(index, productpage);
    assert.equal(view.port.port, 9080);
    assert.deepEqual(view.endpoints.map((e) => e.port), [9080]);
    assert.equal(view.port.istio.protocol, 'HTTP');
  });
  test('graph from Service reviews: pods, workloads, the VirtualService and the DestinationRule, all OK', () => {
    const graph = buildRelationshipGraph(index, { kind: 'Service', namespace: 'default', name: 'reviews' });
    const ids = graph.nodes.map((n) => n.id);
    for (const id of ['Service/default/reviews', 'VirtualService/default/reviews', 'DestinationRule/default/reviews', 'Deployment/default/reviews-v2']) assert.ok(ids.includes(id), id);
    assert.deepEqual(names(graph.nodes.filter((n) => n.kind === 'Pod')), ['reviews-v1-pod-0', 'reviews-v2-pod-0', 'reviews-v3-pod-0']);
    assert.ok(graph.edges.every((e) => e.status === 'OK'));
    const selects = graph.edges.find((e) => e.kind === 'selects')!;
    assert.equal(selects.source?.field, 'spec.selector');
    assert.ok((selects.source?.line ?? 0) > 1);
  });
});

describe('bookinfo: pod-side relations', () => {
  const index = indexOfFiles(...BOOKINFO);
  test('R6.1.1: a pod knows the Services selecting it, its workload and the VirtualService destinations reaching it', () => {
    const v1 = index.pods.find((p) => p.workload.name === 'reviews-v1')!;
    const v2 = index.pods.find((p) => p.workload.name === 'reviews-v2')!;
    assert.deepEqual(podServices(index, v1).map((s) => s.name), ['reviews']);
    assert.equal(podWorkload(index, v1).kind, 'Deployment');
    assert.deepEqual(podVirtualServiceDestinations(index, v1).map((d) => d.virtualService.name), ['reviews']);
    assert.deepEqual(podVirtualServiceDestinations(index, v2), []);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  DifferencesInputError, compareHost, renderHostComparisonMarkdown, renderHostComparisonText,
} from '../../../../src/mesh/differences/index.js';
import { loadSet, sharedFile } from '../load-set.js';
import { SEED_EXAMPLE_YAML } from '../../../fixtures/seed-example.js';

const SEED = SEED_EXAMPLE_YAML;

const seed = () => loadSet([{ name: 'seed.yaml', content: SEED }]);
const bookinfo = () => loadSet([
  sharedFile('samples/bookinfo/platform/kube/bookinfo.yaml'),
  sharedFile('samples/bookinfo/networking/destination-rule-all.yaml'),
  sharedFile('samples/bookinfo/networking/virtual-service-reviews-50-v3.yaml'),
]);

const podNames = (endpoints: { pod: string }[]) => endpoints.map((e) => e.pod).sort();

describe('compareHost on the seed example', () => {
  const { index, simulate } = seed();
  const c = compareHost(index, { host: 'example-service' }, simulate);

  test('R6.2.1 R6.1.1: the Service alone maps 80 -> 8080 over the 2 example-app Pods, equal share', () => {
    assert.equal(c.service?.name, 'example-service');
    const port = c.service!.ports[0]!;
    assert.equal(port.port, 80);
    assert.equal(port.targetPort, 8080);
    assert.equal(port.readyEndpoints, 2);
    assert.equal(port.sharePercent, 50);
  });

  test('R3.2.2: /api/... reaches the same Pods both ways', () => {
    const api = c.requests.find((r) => r.derivedFrom.routeIndex === 0)!;
    assert.match(api.request.path ?? '', /^\/api\//);
    assert.equal(api.mesh.outcome, 'ROUTED');
    assert.equal(api.samePods, true);
    assert.equal(api.kubernetes.endpoints.length, 2);
    assert.deepEqual(podNames(api.mesh.destinations.flatMap((d) => d.endpoints)), podNames(api.kubernetes.endpoints));
    assert.match(api.difference, /Both reach the same 2 Pods of example-app/);
  });

  test('R3.10.1: a request outside /api reaches the Pods under Kubernetes but gets 404 NR through the mesh', () => {
    const outside = c.requests.find((r) => r.derivedFrom.match === 'no route')!;
    assert.ok(!(outside.request.path ?? '').startsWith('/api'));
    assert.equal(outside.kubernetes.endpoints.length, 2);
    assert.equal(outside.mesh.outcome, 'NO_ROUTE');
    assert.equal(outside.mesh.status, 404);
    assert.equal(outside.mesh.responseFlag, 'NR');
    assert.equal(outside.samePods, false);
    assert.match(outside.difference, /404 \(NR\)/);
  });

  test('R4.9.1 R4.7.1 R3.12.2: the summary contrasts routing, retries, timeouts and load balancing', () => {
    const aspect = (id: string) => c.summary.find((a) => a.aspect === id)!;
    assert.match(aspect('routing').mesh, /first match wins.*404 NR/);
    assert.match(aspect('retries').mesh, /2 retries/);
    assert.equal(aspect('retries').kubernetes, 'None.');
    assert.match(aspect('timeouts').mesh, /no timeout/i);
    assert.match(aspect('load-balancing').mesh, /LEAST_REQUEST/);
  });

  test('renderers show the side-by-side requests', () => {
    const md = renderHostComparisonMarkdown(c);
    assert.match(md, /\| Request \| Kubernetes \| Mesh \| Difference \|/);
    assert.match(md, /NO_ROUTE 404 NR/);
    const text = renderHostComparisonText(c);
    assert.match(text, /Difference: Kubernetes spreads it over the 2 Pods of example-app/);
  });
});

describe('compareHost on bookinfo with virtual-service-reviews-50-v3.yaml', () => {
  const { index, simulate } = bookinfo();
  const c = compareHost(index, { host: 'reviews', namespace: 'default' }, simulate);

  test('R6.1.3 R4.2.2 R5.6.1: Kubernetes spreads over v1, v2, v3; the mesh splits 50/50 between v1 and v3 only', () => {
    assert.equal(c.requests.length, 1);
    const r = c.requests[0]!;
    assert.deepEqual(r.kubernetes.workloads.sort(), ['reviews-v1', 'reviews-v2', 'reviews-v3']);
    assert.equal(r.mesh.outcome, 'ROUTED');
    const split = r.mesh.destinations.map((d) => [d.subset, d.weight, d.workloads.join(',')]);
    assert.deepEqual(split, [['v1', 50, 'reviews-v1'], ['v3', 50, 'reviews-v3']]);
    assert.ok(!r.mesh.destinations.some((d) => d.workloads.includes('reviews-v2')));
    assert.equal(r.samePods, false);
    assert.match(r.difference, /reviews-v1, reviews-v2 and reviews-v3.*50% to subset v1 \(reviews-v1\) and 50% to subset v3 \(reviews-v3\)/);
  });

  test('R5.5.1: the reviews DestinationRule applies and its subsets select the versioned Pods', () => {
    const rule = c.destinationRules.find((d) => d.name === 'reviews')!;
    assert.equal(rule.applies, true);
    assert.deepEqual(rule.subsets.map((s) => [s.name, s.pods.length]), [['v1', 1], ['v2', 1], ['v3', 1]]);
    assert.ok(c.virtualServices.some((v) => v.name === 'reviews' && v.ownsMeshHost));
  });

  test('R3.1.3: the match-less route is a catch-all, so no 404 request is derived', () => {
    assert.ok(!c.requests.some((r) => r.derivedFrom.match === 'no route'));
    assert.match(c.summary.find((a) => a.aspect === 'routing')!.mesh, /catch-all/);
  });
});

describe('compareHost input', () => {
  const { index, simulate } = seed();

  test('an unknown host is data: no Service, a note, no throw', () => {
    const c = compareHost(index, { host: 'nope' }, simulate);
    assert.equal(c.service, null);
    assert.match(c.notes[0] ?? '', /No Service nope in namespace default/);
  });

  test('an empty host or a kind that is not a mesh kind is bad input', () => {
    assert.throws(() => compareHost(index, { host: ' ' }, simulate), DifferencesInputError);
    assert.throws(() => compareHost(index, { host: 'example-service', kind: 'Sidecar' }, simulate), DifferencesInputError);
  });

  test('R3.12.1: without a VirtualService the default route reaches the same Pods', () => {
    const plain = loadSet([{ name: 'seed.yaml', content: SEED.split('---').slice(0, 2).join('---') }]);
    const c = compareHost(plain.index, { host: 'example-service.default.svc.cluster.local' }, plain.simulate);
    assert.equal(c.requests.length, 1);
    assert.equal(c.requests[0]!.samePods, true);
    assert.match(c.summary[0]!.mesh, /default route/);
  });
});

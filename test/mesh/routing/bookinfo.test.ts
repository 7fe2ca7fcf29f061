// Bookinfo as documented by Istio (../shared/samples/bookinfo): request routing, traffic shifting, fault
// injection and the ingress gateway.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateFiles, podsOf, stepsOf } from './helpers/simulate.js';

const B = '../shared/samples/bookinfo/';
const PLATFORM = `${B}platform/kube/bookinfo.yaml`;
const RULES = `${B}networking/destination-rule-all.yaml`;
const jason = [{ name: 'end-user', value: 'jason' }];

describe('bookinfo', () => {
  const testV2 = [PLATFORM, RULES, `${B}networking/virtual-service-reviews-test-v2.yaml`];

  test('R3.3.1, R5.6.1: reviews with end-user: jason goes to subset v2 and its Pods', () => {
    const r = simulateFiles(testV2, { host: 'reviews', port: 9080, headers: jason });
    assert.equal(r.outcome, 'ROUTED');
    assert.equal(r.destinations[0].cluster, 'outbound|9080|v2|reviews.default.svc.cluster.local');
    assert.deepEqual(podsOf(r), ['default/reviews-v2-pod-0']);
    assert.equal(r.destinations[0].endpoints[0].workload, 'Deployment/default/reviews-v2');
  });

  test('R3.1.1, R3.3.3: any other request goes to subset v1, and the jason route is reported as not taken', () => {
    const r = simulateFiles(testV2, { host: 'reviews:9080', headers: [{ name: 'end-user', value: 'mike' }] });
    assert.equal(r.destinations[0].cluster, 'outbound|9080|v1|reviews.default.svc.cluster.local');
    assert.deepEqual(podsOf(r), ['default/reviews-v1-pod-0']);
    const notTaken = r.steps.find((s) => s.decision === 'not-matched');
    assert.equal(notTaken?.source?.field, 'spec.http[0].match[0].headers.end-user.exact');
    assert.match(notTaken?.source?.file ?? '', /virtual-service-reviews-test-v2\.yaml$/);
    assert.deepEqual(r.route, { index: 1, name: null });
  });

  test('R1.8.2: a known service called on a port it does not expose is passed through, and the answer names its ports', () => {
    const r = simulateFiles(testV2, { host: 'reviews', headers: jason });
    assert.equal(r.outcome, 'PASSTHROUGH');
    assert.match(r.summary, /reviews\.default\.svc\.cluster\.local has no port 80 \(its ports: 9080\)/);
    assert.doesNotMatch(r.summary, /not in this client's scope/);
  });

  test('R4.2.2: virtual-service-reviews-50-v3 splits 50/50 between v1 and v3', () => {
    const r = simulateFiles([PLATFORM, RULES, `${B}networking/virtual-service-reviews-50-v3.yaml`], { host: 'reviews', port: 9080 });
    assert.equal(r.outcome, 'ROUTED');
    assert.deepEqual(r.destinations.map((d) => [d.subset, d.weight]), [['v1', 50], ['v3', 50]]);
    assert.deepEqual(podsOf(r, 1), ['default/reviews-v3-pod-0']);
    assert.equal(r.envoy.cluster, null, 'weighted clusters have no single cluster');
  });

  test('R4.8.2: virtual-service-ratings-test-abort answers 500 FAULT_ABORTED for jason only', () => {
    const files = [PLATFORM, RULES, `${B}networking/virtual-service-ratings-test-abort.yaml`];
    const aborted = simulateFiles(files, { host: 'ratings', port: 9080, headers: jason });
    assert.equal(aborted.outcome, 'FAULT_ABORTED');
    assert.equal(aborted.status, 500);
    assert.equal(aborted.responseFlag, 'FI');
    assert.deepEqual(aborted.fault?.abort, { status: 500, percent: 100 });
    const other = simulateFiles(files, { host: 'ratings', port: 9080 });
    assert.equal(other.outcome, 'ROUTED');
    assert.equal(other.destinations[0].cluster, 'outbound|9080|v1|ratings.default.svc.cluster.local');
  });

  describe('ingress through default/bookinfo-gateway on server port 8080', () => {
    const files = [PLATFORM, RULES, `${B}networking/bookinfo-gateway.yaml`];
    const gateway = 'default/bookinfo-gateway';

    test('R7.1.1, R7.2.1: /productpage reaches productpage:9080, and the steps say the gateway Pod was assumed', () => {
      const r = simulateFiles(files, { host: 'bookinfo.example.com', gateway, port: 8080, path: '/productpage' });
      assert.equal(r.outcome, 'ROUTED');
      assert.equal(r.destinations[0].cluster, 'outbound|9080||productpage.default.svc.cluster.local');
      assert.deepEqual(podsOf(r), ['default/productpage-v1-pod-0']);
      const assumed = stepsOf(r, 'entry').find((s) => s.decision === 'assumed');
      assert.match(assumed?.reason ?? '', /assumed/);
      assert.equal(r.envoy.routeConfig, 'http.8080');
    });

    test('R3.2.2: /static/x reaches productpage:9080 through prefix /static', () => {
      const r = simulateFiles(files, { host: 'bookinfo.example.com', gateway, path: '/static/x' });
      assert.equal(r.request.port, 8080, 'the only server port is the default');
      assert.equal(r.destinations[0].cluster, 'outbound|9080||productpage.default.svc.cluster.local');
    });

    test('R3.10.1: /other gets 404 NO_ROUTE', () => {
      const r = simulateFiles(files, { host: 'bookinfo.example.com', gateway, port: 8080, path: '/other' });
      assert.equal(r.outcome, 'NO_ROUTE');
      assert.equal(r.status, 404);
    });
  });

  test('R5.3.1, R4.13.1: without destination-rule-all.yaml, subset v1 has no cluster: CLUSTER_NOT_FOUND 503 NC', () => {
    const r = simulateFiles([PLATFORM, `${B}networking/virtual-service-all-v1.yaml`], { host: 'reviews', port: 9080 });
    assert.equal(r.outcome, 'CLUSTER_NOT_FOUND');
    assert.equal(r.status, 503);
    assert.equal(r.responseFlag, 'NC');
    assert.equal(r.destinations[0].status, 'CLUSTER_NOT_FOUND');
    assert.match(r.summary, /subset v1/);
  });
});

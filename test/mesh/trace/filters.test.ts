// Trace filters: by stage/decision/citation, decisive steps, routes not taken.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decisiveSteps, filterSteps, routesNotTaken } from '../../../src/mesh/trace/index.js';
import { simulateFiles } from '../routing/helpers/simulate.js';

const B = '../shared/samples/bookinfo/';
const r = simulateFiles([`${B}platform/kube/bookinfo.yaml`, `${B}networking/destination-rule-all.yaml`, `${B}networking/virtual-service-reviews-test-v2.yaml`], { host: 'reviews', port: 9080 });

describe('trace filters', () => {
  test('R3.1.1: filterSteps keeps the asked stages and decisions', () => {
    const match = filterSteps(r.steps, { stages: ['match'] });
    assert.deepEqual(match.map((s) => s.decision), ['not-matched', 'matched']);
    assert.ok(filterSteps(r.steps, { cited: true }).every((s) => s.source !== null));
  });

  test('R3.1.1: decisiveSteps drops info steps; routesNotTaken lists the routes tried and not taken', () => {
    assert.ok(decisiveSteps(r.steps).every((s) => s.decision !== 'info'));
    const notTaken = routesNotTaken(r.steps);
    assert.equal(notTaken.length, 1);
    assert.match(notTaken[0].reason, /end-user/);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOOKINFO_KUBE, NETWORKING, runCli } from './run-cli.js';

describe('mesh-explainer differences', () => {
  test('general VirtualService vs Service: every dimension, as json and markdown', async () => {
    const json = await runCli(['differences', '--kind', 'VirtualService', '--output', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const answer = JSON.parse(json.stdout) as { general: { kindName: string; versusName: string; dimensions: { id: string }[] }; concrete: unknown };
    assert.equal(answer.general.kindName, 'VirtualService');
    assert.equal(answer.general.versusName, 'Service');
    assert.ok(answer.general.dimensions.some((d) => d.id === 'traffic-management'));
    assert.equal(answer.concrete, null);
    const markdown = await runCli(['differences', '--kind', 'VirtualService', '--output', 'markdown']);
    assert.match(markdown.stdout, /\|/);
  });

  test('for host reviews with the 50/50 v3 split: Kubernetes spreads over v1, v2, v3, the mesh over v1 and v3', async () => {
    const run = await runCli(['differences', '--kind', 'VirtualService', '-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/destination-rule-all.yaml`, '-f', `${NETWORKING}/virtual-service-reviews-50-v3.yaml`, '--host', 'reviews', '-o', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const answer = JSON.parse(run.stdout) as { concrete: { requests: { kubernetes: { workloads: string[] }; mesh: { destinations: { subset: string | null; weight: number }[] } }[] } };
    const first = answer.concrete.requests[0];
    assert.deepEqual(first.kubernetes.workloads.map((w) => w.split('/').at(-1)).sort(), ['reviews-v1', 'reviews-v2', 'reviews-v3']);
    assert.deepEqual(first.mesh.destinations.map((d) => [d.subset, d.weight]), [['v1', 50], ['v3', 50]]);
    const text = await runCli(['differences', '--kind', 'VirtualService', '-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/destination-rule-all.yaml`, '-f', `${NETWORKING}/virtual-service-reviews-50-v3.yaml`, '--host', 'reviews']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /reviews/);
  });

  test('an unknown kind exits 2 listing the supported kinds', async () => {
    const run = await runCli(['differences', '--kind', 'Deployment']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown kind "Deployment"\. Supported kinds: Service, VirtualService/);
  });
});

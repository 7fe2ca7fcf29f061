import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOOKINFO_KUBE, NETWORKING, runCli } from './run-cli.js';

const FILES = ['-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/destination-rule-all.yaml`, '-f', `${NETWORKING}/virtual-service-all-v1.yaml`];

describe('mesh-explainer graph', () => {
  test('json: Service reviews selects the pods of reviews-v1, -v2, -v3; its DestinationRule and VirtualService are related', async () => {
    const run = await runCli(['graph', ...FILES, '--kind', 'Service', '--namespace', 'default', '--name', 'reviews', '--output', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const graph = JSON.parse(run.stdout) as { nodes: { id: string }[]; edges: { from: string; to: string; kind: string; status: string }[] };
    const selected = graph.edges.filter((e) => e.from === 'Service/default/reviews' && e.kind === 'selects').map((e) => e.to).sort();
    assert.deepEqual(selected, ['Pod/default/reviews-v1-pod-0', 'Pod/default/reviews-v2-pod-0', 'Pod/default/reviews-v3-pod-0']);
    const ids = graph.nodes.map((n) => n.id);
    assert.ok(ids.includes('DestinationRule/default/reviews'));
    assert.ok(ids.includes('VirtualService/default/reviews'));
  });

  test('mermaid: a flowchart with the Service and its pods', async () => {
    const run = await runCli(['graph', ...FILES, '--kind', 'service', '--name', 'reviews', '--depth', '1', '--output', 'mermaid']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^flowchart LR\n/);
    assert.match(run.stdout, /\["Service: default\/reviews"\]/);
    assert.match(run.stdout, /\["Pod: default\/reviews-v2-pod-0"\]/);
  });

  test('an object not in the set exits 1 naming what exists; an unknown kind exits 2', async () => {
    const missing = await runCli(['graph', ...FILES, '--kind', 'Service', '--name', 'reviewz']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Service default\/reviewz is not in the manifest set\. Services in default: .*reviews/);
    const badKind = await runCli(['graph', ...FILES, '--kind', 'Servis', '--name', 'reviews']);
    assert.equal(badKind.code, 2);
    assert.match(badKind.stderr, /unknown kind "Servis"/);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startRemoteTestServer, TOKEN } from './remote-test-server.js';
import { BOOKINFO_KUBE, JASON, NETWORKING, REVIEWS_TEST_V2, runCli } from './run-cli.js';

describe('remote CLI (--server URL --set NAME) against a REST test server', () => {
  let server: Awaited<ReturnType<typeof startRemoteTestServer>>;
  const env = { MESH_EXPLAINER_TOKEN: TOKEN };
  let remote: string[];
  before(async () => {
    server = await startRemoteTestServer();
    remote = ['--server', server.url, '--set', 'bookinfo'];
  });
  after(() => server.close());

  test('upload sends the files with the bearer token and reports the revision', async () => {
    const run = await runCli(['upload', ...REVIEWS_TEST_V2, '--set', 'bookinfo', '--server', server.url], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Stored revision 1 of set bookinfo \(3 files; .*VirtualService: 1/);
    assert.ok(server.requests.includes('POST /api/v1/sets/bookinfo/revisions'));
  });

  test('route: one request and a --requests list round-trip, rendered like local answers', async () => {
    const one = await runCli(['route', ...remote, ...JASON, '-o', 'json'], { env });
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(JSON.parse(one.stdout).destinations.map((d: { cluster: string }) => d.cluster), ['outbound|9080|v2|reviews.default.svc.cluster.local']);
    const text = await runCli(['route', ...remote, ...JASON], { env });
    assert.match(text.stdout, /^ROUTED: .*subset v2/);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'remote-')), 'requests.json');
    writeFileSync(file, JSON.stringify([{ host: 'reviews', port: 9080 }, { host: 'reviews', port: 9080, headers: [{ name: 'end-user', value: 'jason' }] }]));
    const many = await runCli(['route', ...remote, '--requests', file], { env });
    assert.deepEqual(JSON.parse(many.stdout).map((a: { destinations: { subset: string }[] }) => a.destinations[0].subset), ['v1', 'v2']);
  });

  test('graph, analyze, differences and test answer through the server', async () => {
    const graph = await runCli(['graph', ...remote, '--kind', 'Service', '--name', 'reviews', '-o', 'mermaid'], { env });
    assert.equal(graph.code, 0, graph.stderr);
    assert.match(graph.stdout, /^flowchart LR\n[\s\S]*Pod: default\/reviews-v2-pod-0/);
    const analyze = await runCli(['analyze', ...remote, '--fail-on', 'info', '-o', 'json'], { env });
    assert.equal(analyze.code, 3);
    assert.equal(JSON.parse(analyze.stdout).failed, true);
    const differences = await runCli(['differences', '--kind', 'VirtualService', ...remote, '--host', 'reviews', '-o', 'json'], { env });
    assert.equal(differences.code, 0, differences.stderr);
    assert.equal(JSON.parse(differences.stdout).concrete.service.name, 'reviews');
    const cases = path.join(mkdtempSync(path.join(os.tmpdir(), 'remote-')), 'cases.yaml');
    writeFileSync(cases, '- name: jason\n  request: {host: reviews, port: 9080, headers: {end-user: jason}}\n  expect: {destinations: [{host: reviews, subset: v2}]}\n');
    const tests = await runCli(['test', ...remote, '--cases', cases], { env });
    assert.equal(tests.code, 0, tests.stdout + tests.stderr);
    assert.match(tests.stdout, /^PASS {2}jason {2}\(VirtualService default\/reviews, route 0 at \.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-reviews-test-v2\.yaml:10\)\n1 passed, 0 failed\n$/);
    assert.ok(server.requests.includes('POST /api/v1/sets/bookinfo/route-tests'));
  });

  test('a refused upload exits 2 listing every problem as file:line:column; a missing token or set exits 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'remote-bad-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: seventy\n');
    const refused = await runCli(['upload', '-f', bad, '-f', BOOKINFO_KUBE, '--set', 'broken', '--server', server.url], { env });
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:\\d+: Service default/web: spec\\.ports\\[0\\]\\.port: `));
    const noToken = await runCli(['route', ...remote, ...JASON], { env: { MESH_EXPLAINER_TOKEN: '' } });
    assert.equal(noToken.code, 1);
    assert.match(noToken.stderr, /answered 401: A bearer token is required\. \(send a token with the MESH_EXPLAINER_TOKEN environment variable\)/);
    const noSet = await runCli(['route', '--server', server.url, '--set', 'nope', ...JASON], { env });
    assert.equal(noSet.code, 1);
    assert.match(noSet.stderr, /Manifest set "nope" does not exist\./);
    const both = await runCli(['route', ...remote, '-f', `${NETWORKING}/destination-rule-all.yaml`, ...JASON], { env });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /use either -f FILES \(local\) or --server URL --set NAME \(remote\), not both/);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { BOOKINFO_KUBE, JASON, REVIEWS_TEST_V2, runCli } from './run-cli.js';

interface Answer { outcome: string; virtualService: { name: string } | null; route: { index: number } | null; destinations: { subset: string | null; cluster: string }[]; steps: { source: { file: string; line: number } | null }[] }

describe('mesh-explainer route', () => {
  test('jason reaches reviews v2 (json), every other request v1', async () => {
    const jason = await runCli(['route', ...REVIEWS_TEST_V2, ...JASON, '--output', 'json']);
    assert.equal(jason.code, 0, jason.stderr);
    const answer = JSON.parse(jason.stdout) as Answer;
    assert.equal(answer.outcome, 'ROUTED');
    assert.equal(answer.virtualService?.name, 'reviews');
    assert.equal(answer.route?.index, 0);
    assert.deepEqual(answer.destinations.map((d) => d.cluster), ['outbound|9080|v2|reviews.default.svc.cluster.local']);
    assert.ok(answer.steps.some((s) => s.source?.file === '../shared/samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml'));

    const other = await runCli(['route', ...REVIEWS_TEST_V2, '--host', 'reviews:9080', '--path', '/reviews/0', '-o', 'json']);
    assert.deepEqual((JSON.parse(other.stdout) as Answer).destinations.map((d) => d.subset), ['v1']);
  });

  test('text and markdown name the VirtualService, the route and subset v2 with file:line', async () => {
    const text = await runCli(['route', ...REVIEWS_TEST_V2, ...JASON, '--output', 'text']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^ROUTED: .*VirtualService default\/reviews \(route 0.*subset v2/);
    assert.match(text.stdout, /virtual-service-reviews-test-v2\.yaml:10\b/);
    const markdown = await runCli(['route', ...REVIEWS_TEST_V2, ...JASON, '--output', 'markdown']);
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /subset v2/);
    assert.match(markdown.stdout, /virtual-service-reviews-test-v2\.yaml:10/);
    assert.notEqual(markdown.stdout, text.stdout);
  });

  test('--requests answers a JSON array in the order of the file (YAML, header maps allowed)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-requests-'));
    const file = path.join(dir, 'requests.yaml');
    writeFileSync(file, [
      '- {host: reviews, port: 9080, path: /reviews/1}',
      '- {host: reviews, port: 9080, path: /reviews/1, headers: {end-user: jason}}',
      '- {host: nowhere.example.com}',
    ].join('\n'));
    const run = await runCli(['route', ...REVIEWS_TEST_V2, '--requests', file]);
    assert.equal(run.code, 0, run.stderr);
    const answers = JSON.parse(run.stdout) as Answer[];
    assert.deepEqual(answers.map((a) => [a.outcome, a.destinations[0]?.subset ?? null]), [['ROUTED', 'v1'], ['ROUTED', 'v2'], ['PASSTHROUGH', null]]);
  });

  test('exit 2 with file:line:column: object: field: message for manifests an upload would refuse', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'route-bad-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: broken\nspec:\n  hosts: [reviews]\n  http:\n  - match:\n    - uri:\n        regex: "(unclosed"\n    route:\n    - destination: {host: reviews}\n');
    const run = await runCli(['route', '-f', BOOKINFO_KUBE, '-f', bad, '--host', 'reviews']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10:\\d+: VirtualService default/broken: spec\\.http\\[0\\]\\.match\\[0\\]\\.uri\\.regex: `));
    assert.equal(run.stdout, '');
  });

  test('exit 2 on bad flags, missing files and invalid requests, with the reason', async () => {
    const cases: [string[], RegExp][] = [
      [['route', '-f', BOOKINFO_KUBE], /--host is required/],
      [['route', '-f', BOOKINFO_KUBE, '--host', 'reviews', '--port', 'eighty'], /--port: expected a whole number/],
      [['route', '-f', BOOKINFO_KUBE, '--host', 'reviews', '-H', 'no-colon'], /-H: expected 'name: value'/],
      [['route', '-f', BOOKINFO_KUBE, '--host', 'reviews', '--gateway', 'just-a-name'], /gateway: expected namespace\/name/],
      [['route', '-f', 'does/not/exist.yaml', '--host', 'reviews'], /does\/not\/exist\.yaml/],
      [['route', '-f', BOOKINFO_KUBE, '--host', 'reviews', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  test('exit 0 when the answer is a 404: answered, whatever the outcome', async () => {
    const run = await runCli(['route', '-f', BOOKINFO_KUBE, '-f', '../shared/samples/bookinfo/networking/bookinfo-gateway.yaml', '--host', 'bookinfo.example.com', '--port', '8080', '--path', '/other', '--gateway', 'default/bookinfo-gateway', '-o', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual([JSON.parse(run.stdout).outcome, JSON.parse(run.stdout).status], ['NO_ROUTE', 404]);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REVIEWS_TEST_V2, runCli } from './run-cli.js';
import { parseXml } from './xml-check.js';

const CASES = `cases:
  - name: jason sees reviews v2
    request:
      host: reviews
      port: 9080
      path: /reviews/0
      headers: {end-user: jason}
      source: {namespace: default, labels: {app: productpage}}
    expect:
      outcome: ROUTED
      virtualService: default/reviews
      route: {index: 0}
      destinations: [{host: reviews, subset: v2, port: 9080, weight: 100}]
      pods: [reviews-v2-pod-0]
  - name: nobody else sees v2
    request: {host: reviews, port: 9080, path: /reviews/0, headers: {end-user: mike}}
    not:
      destinations: [{host: reviews, subset: v2}]
  - name: everybody else sees v3 <wrong on purpose>
    request: {host: reviews.default.svc.cluster.local, port: 9080}
    expect:
      destinations: [{host: reviews, subset: v3}]
`;

function casesFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'route-tests-')), 'cases.yaml');
  writeFileSync(file, text);
  return file;
}

describe('mesh-explainer test', () => {
  test('a line per case with PASS/FAIL, the diff and the deciding route, a summary line, exit 1 on failure', async () => {
    const run = await runCli(['test', ...REVIEWS_TEST_V2, '--cases', casesFile(CASES)]);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^PASS {2}jason sees reviews v2 {2}\(VirtualService default\/reviews, route 0 at \.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-reviews-test-v2\.yaml:10\)$/);
    assert.match(lines[1], /^PASS {2}nobody else sees v2 {2}\(VirtualService default\/reviews, route 1 at /);
    assert.match(lines[2], /^FAIL {2}everybody else sees v3 <wrong on purpose> {2}\(VirtualService default\/reviews, route 1 at .*\.yaml:\d+\)$/);
    assert.equal(lines[3], '      destinations: expected [reviews subset v3], got [reviews.default.svc.cluster.local:9080 subset v1 weight 100]');
    assert.match(lines[4], /^ {6}answer: /);
    assert.equal(lines.at(-1), '2 passed, 1 failed');
  });

  test('exit 0 when every case passes', async () => {
    const passing = CASES.slice(0, CASES.indexOf('  - name: everybody else'));
    const run = await runCli(['test', ...REVIEWS_TEST_V2, '--cases', casesFile(passing)]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.stdout.trimEnd().split('\n').at(-1), '2 passed, 0 failed');
  });

  test('--output junit prints well-formed JUnit XML; --junit-file writes the same report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'junit-'));
    const junitFile = path.join(dir, 'routing.xml');
    const run = await runCli(['test', ...REVIEWS_TEST_V2, '--cases', casesFile(CASES), '--output', 'junit', '--junit-file', junitFile]);
    assert.equal(run.code, 1);
    assert.equal(readFileSync(junitFile, 'utf8'), run.stdout);
    assert.equal(run.stderr, '2 passed, 1 failed\n');
    const elements = parseXml(run.stdout);
    assert.deepEqual(elements[0], { name: 'testsuites', attributes: { name: 'mesh-explainer routing tests', tests: '3', failures: '1', errors: '0' }, parent: null, text: elements[0].text });
    const testcases = elements.filter((e) => e.name === 'testcase');
    assert.deepEqual(testcases.map((t) => t.attributes.name), ['jason sees reviews v2', 'nobody else sees v2', 'everybody else sees v3 <wrong on purpose>']);
    const failures = elements.filter((e) => e.name === 'failure');
    assert.equal(failures.length, 1);
    assert.match(failures[0].attributes.message, /^destinations: expected \[reviews subset v3\], got \[reviews\.default\.svc\.cluster\.local:9080 subset v1 weight 100\]$/);
    assert.match(failures[0].text, /decided by: VirtualService default\/reviews, route 1 at /);
  });

  test('--output json is the report; invalid cases exit 2 with file:line:column', async () => {
    const json = await runCli(['test', ...REVIEWS_TEST_V2, '--cases', casesFile(CASES), '-o', 'json']);
    const report = JSON.parse(json.stdout) as { total: number; passed: number; failed: number; results: { passed: boolean }[] };
    assert.deepEqual([report.total, report.passed, report.failed], [3, 2, 1]);
    const bad = casesFile('cases:\n  - name: typo\n    request: {host: reviews}\n    expect: {outcom: ROUTED}\n');
    const run = await runCli(['test', ...REVIEWS_TEST_V2, '--cases', bad]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cases\.yaml:4:13: cases\[0\]\.expect: Unrecognized key: "outcom"/);
  });
});

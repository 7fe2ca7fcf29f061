import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOOKINFO_KUBE, NETWORKING, runCli } from './run-cli.js';

const BROKEN = ['-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/virtual-service-all-v1.yaml`];

describe('mesh-explainer analyze', () => {
  test('--fail-on warning exits 3 on bookinfo without DestinationRules: subset v1 undefined, at the destination line', async () => {
    const run = await runCli(['analyze', ...BROKEN, '--fail-on', 'warning']);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stdout, /virtual-service-all-v1\.yaml:25: error MX0004 VirtualService default\/reviews: Subset v1 /);
    assert.match(run.stdout, /\d+ findings?: [1-9]\d* errors?/);
  });

  test('--fail-on warning exits 0 once destination-rule-all.yaml is added', async () => {
    const run = await runCli(['analyze', ...BROKEN, '-f', `${NETWORKING}/destination-rule-all.yaml`, '--fail-on', 'warning', '--output', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { failed: boolean; findings: { code: string; severity: string }[] };
    assert.equal(result.failed, false);
    assert.ok(result.findings.every((f) => f.severity === 'info'));
    assert.ok(!result.findings.some((f) => f.code === 'MX0004'));
  });

  test('without --fail-on the broken set is answered with exit 0; --min-severity filters', async () => {
    const run = await runCli(['analyze', ...BROKEN, '--min-severity', 'error', '-o', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { findings: { severity: string }[] };
    assert.ok(result.findings.length > 0 && result.findings.every((f) => f.severity === 'error'));
  });

  test('--list-rules lists every code; bad severities exit 2', async () => {
    const rules = await runCli(['analyze', '--list-rules', '--output', 'json']);
    assert.equal(rules.code, 0, rules.stderr);
    const list = JSON.parse(rules.stdout) as { code: string; description: string }[];
    assert.ok(list.some((r) => r.code === 'MX0004'));
    const text = await runCli(['analyze', '--list-rules']);
    assert.match(text.stdout, /^MX0001 {2}error {4}VirtualServiceDestinationHostNotFound: /m);
    const bad = await runCli(['analyze', ...BROKEN, '--fail-on', 'fatal']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on: unknown severity "fatal"; expected one of error, warning, info/);
  });
});

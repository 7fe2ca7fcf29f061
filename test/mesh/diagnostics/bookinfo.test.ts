// Issue 6 done-when: bookinfo with virtual-service-all-v1.yaml and no DestinationRules reports subset v1 missing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import { runDiagnostics } from '../../../src/mesh/diagnostics/index.js';
import { loadYaml } from './helpers/load-yaml.js';

const samples = fileURLToPath(new URL('../../../../shared/samples/bookinfo/', import.meta.url));
const present = existsSync(samples);

function analyzeFiles(...files: string[]) {
  const loaded = loadYaml(files.map((file) => ({ file, text: readFileSync(samples + file, 'utf8') })));
  return runDiagnostics(buildMeshIndex(loaded.resources, { locate: loaded.locate }));
}

describe('bookinfo', { skip: present ? false : 'skipped: ../shared/samples is absent' }, () => {
  test('R5.6.3: without destination-rule-all.yaml every subset v1 is reported at its destination line', () => {
    const findings = analyzeFiles('platform/kube/bookinfo.yaml', 'networking/virtual-service-all-v1.yaml');
    const subsets = findings.filter((f) => f.code === 'MX0004');
    const at = subsets.map((f) => [f.resource.name, f.source.file, f.source.line, f.fieldPath]);
    const file = 'networking/virtual-service-all-v1.yaml';
    const field = 'spec.http[0].route[0].destination.subset';
    assert.deepEqual(at.sort(), [['details', file, 51, field], ['productpage', file, 12, field], ['ratings', file, 38, field], ['reviews', file, 25, field]]);
    const text = readFileSync(samples + file, 'utf8').split('\n');
    for (const f of subsets) assert.equal(text[f.source.line - 1].trim(), 'subset: v1');
    for (const f of subsets) assert.match(f.message, /Subset v1 .* is not defined/);
    assert.ok(subsets.every((f) => f.severity === 'error' && f.istioCode === 'IST0101' && f.kialiCode === 'KIA1107'));
  });

  test('R5.5.1: with destination-rule-all.yaml the subset findings disappear and nothing above info remains', () => {
    const findings = analyzeFiles('platform/kube/bookinfo.yaml', 'networking/virtual-service-all-v1.yaml', 'networking/destination-rule-all.yaml');
    assert.deepEqual(findings.filter((f) => f.code === 'MX0004'), []);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info').map((f) => f.code), []);
    assert.ok(findings.some((f) => f.code === 'MX0030'), 'unrouted subsets v2 of details/ratings select no pod');
  });
});

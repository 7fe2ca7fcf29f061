// Runs Istio's own traffic-simulator cases (../shared/conformance/istio-simulation) through simulateRoute.
// Every case passes or is listed in known-divergences.json with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { simulateRoute } from '../../src/mesh/routing/index.js';
import { SKIP_MESSAGE, readJson, suiteDir } from './helpers/shared-dir.js';
import { knownDivergences } from './helpers/known-divergences.js';
import { loadIndex } from './helpers/load-index.js';
import { compare, normalizeFixture, observe, requestFor, type SimulationCase } from './helpers/istio-simulation-case.js';

const SUITE = 'istio-simulation';

function runCase(c: SimulationCase): string[] {
  const { index, problems } = loadIndex([{ name: `${c.id}.yaml`, text: normalizeFixture(c.manifests) }]);
  if (!index) return [`manifests rejected: ${problems.join('; ')}`];
  const built = requestFor(c, index);
  if ('unsupported' in built) return [`not expressible: ${built.unsupported}`];
  return compare(c, observe(simulateRoute(index, built.request)));
}

test('istio-simulation: every Istio simulator case passes or is a documented divergence', (t) => {
  const dir = suiteDir(SUITE);
  if (!dir) {
    t.skip(SKIP_MESSAGE);
    return;
  }
  const { cases } = readJson<{ cases: SimulationCase[] }>(path.join(dir, 'cases.json'));
  const divergences = knownDivergences(SUITE);
  const unexpected: string[] = [];
  const fixed: string[] = [];
  let passed = 0;
  for (const c of cases) {
    const mismatches = runCase(c);
    if (mismatches.length === 0) {
      passed++;
      if (divergences.has(c.id)) fixed.push(c.id);
    } else if (!divergences.has(c.id)) unexpected.push(`${c.id} (${c.primaryRule}): ${mismatches.join('; ')}`);
  }
  console.log(`${SUITE}: ${passed}/${cases.length} passed, ${divergences.size} known divergences`);
  assert.deepEqual(unexpected, [], 'cases that neither pass nor are listed in known-divergences.json');
  assert.deepEqual(fixed, [], 'cases listed as divergences that now pass: remove them from known-divergences.json');
});

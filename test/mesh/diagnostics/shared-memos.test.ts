// runDiagnostics hands every rule the index itself (shared per-index memos) and cites lazily; its findings must
// equal running each rule alone on a fresh index, then sorting and deduping every finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRef } from '../../../src/mesh/model.js';
import { allRules, compareFindings, runDiagnostics } from '../../../src/mesh/diagnostics/index.js';
import { runRule } from '../../../src/mesh/diagnostics/runner.js';
import type { Finding } from '../../../src/mesh/diagnostics/types.js';
import { indexOf } from './helpers/analyze.js';
import { gridRows } from './rules-grid-rows.js';

function oneRuleAtATime(fixture: string): Finding[] {
  const raw = allRules.flatMap((rule) => runRule(indexOf(fixture), rule).findings).sort(compareFindings);
  const seen = new Set<string>();
  return raw.filter((f) => {
    const key = [f.code, describeRef(f.resource), f.fieldPath, f.message].join('\u0000');
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

describe('runDiagnostics with shared memos', () => {
  const fixture = gridRows.map((row) => row.fixture).join('---\n').replace(/---\n---\n/g, '---\n');
  const all = oneRuleAtATime(fixture);

  test('every grid row at once: the same findings, in the same order, as one rule at a time', () => {
    assert.ok(all.length > 20);
    assert.deepEqual(runDiagnostics(indexOf(fixture), { maxFindings: 10_000 }), all);
  });
  test('the cap keeps the first findings of that order and counts the rest', () => {
    const capped = runDiagnostics(indexOf(fixture), { maxFindings: 7 });
    assert.deepEqual(capped.slice(0, 7), all.slice(0, 7));
    assert.match(capped[7].message, new RegExp(`${all.length - 7} more are not listed, starting with ${all[7].code}`));
  });
});

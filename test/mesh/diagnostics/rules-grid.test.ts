// Runs every grid row with only its rule, compares [code, 'Kind ns/name'] multisets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, pairs } from './helpers/analyze.js';
import { gridRows } from './rules-grid-rows.js';

describe('diagnostics rules grid', () => {
  for (const row of gridRows) {
    test(`${row.code} ${row.name}`, () => {
      const findings = analyze(row.fixture, { codes: [row.code] });
      assert.deepEqual(pairs(findings), [...row.expected].sort(), JSON.stringify(findings.map((f) => f.message), null, 1));
    });
  }
});

// Meta-tests: the catalog, the registry, the docs and the grid agree (STYLE rules 3, 4, 10).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules, catalog, listRules } from '../../../src/mesh/diagnostics/index.js';
import { runRule } from '../../../src/mesh/diagnostics/runner.js';
import { indexOf } from './helpers/analyze.js';
import { gridRows } from './rules-grid-rows.js';

/** Kinds read by the shared relationship lookup tables (src/mesh/relationships/index-lookups.ts builds them eagerly). */
const SHARED_LOOKUP_KINDS = new Set(['Sidecar', 'VirtualService', 'Pod']);
const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('diagnostics catalog and registry', () => {
  test('codes are unique, ordered and MX-numbered; names are unique PascalCase', () => {
    const codes = catalog.map((e) => e.code);
    assert.deepEqual(codes, [...codes].sort());
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(new Set(catalog.map((e) => e.name)).size, catalog.length);
    for (const e of catalog) {
      assert.match(e.code, /^MX\d{4}$/);
      assert.match(e.name, /^[A-Z][A-Za-z0-9]+$/);
      assert.ok(e.summary.length > 0);
      if (e.istioCode) assert.match(e.istioCode, /^IST\d{4}$/);
      if (e.kialiCode) assert.match(e.kialiCode, /^KIA\d{4}$/);
    }
  });

  test('every code has exactly one rule, except runner-emitted codes, and the registry is alphabetical', () => {
    const ruleCodes = allRules.map((r) => r.code).sort();
    const expected = catalog.filter((e) => !e.emittedByRunner).map((e) => e.code);
    assert.deepEqual(ruleCodes, expected);
    const names = allRules.map((r) => r.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    for (const rule of allRules) {
      const entry = catalog.find((e) => e.code === rule.code);
      assert.equal(rule.name, entry?.name);
      assert.equal(rule.severity, entry?.severity);
      assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), rule.code);
      assert.ok(Object.isFrozen(rule));
    }
    assert.ok(Object.isFrozen(allRules));
  });

  test('every code has a doc page naming its code, upstream codes and a fix', () => {
    for (const e of catalog) {
      const path = `${repo}${e.docs}`;
      assert.ok(existsSync(path), `missing ${e.docs}`);
      const text = readFileSync(path, 'utf8');
      assert.ok(text.startsWith(`# ${e.code} ${e.name}`), `${e.docs} title`);
      for (const upstream of [e.istioCode, e.kialiCode]) if (upstream) assert.ok(text.includes(upstream), `${e.docs} mentions ${upstream}`);
      assert.match(text, /## Fix/);
    }
  });

  test('every rule has a grid row that makes it fire and one where it stays silent', () => {
    for (const rule of allRules) {
      const rows = gridRows.filter((r) => r.code === rule.code);
      assert.ok(rows.some((r) => r.expected.some(([code]) => code === rule.code)), `${rule.code} never fires in the grid`);
      assert.ok(rows.some((r) => r.expected.length === 0), `${rule.code} has no negative row`);
    }
  });

  test('declared inputs equal the kinds each rule reads over the grid', () => {
    for (const rule of allRules) {
      const read = new Set<string>();
      for (const row of gridRows.filter((r) => r.code === rule.code)) for (const k of runRule(indexOf(row.fixture), rule).kindsRead) read.add(k);
      const declared = new Set(rule.inputs);
      for (const kind of declared) assert.ok(read.has(kind), `${rule.code} declares ${kind} but the grid never makes it read one`);
      for (const kind of read) assert.ok(declared.has(kind) || SHARED_LOOKUP_KINDS.has(kind), `${rule.code} reads ${kind} without declaring it`);
    }
  });

  test('listRules lists every code once with docs and upstream codes', () => {
    const listed = listRules();
    assert.deepEqual(listed.map((r) => r.code), catalog.map((e) => e.code));
    const subset = listed.find((r) => r.code === 'MX0004');
    assert.equal(subset?.istioCode, 'IST0101');
    assert.equal(subset?.kialiCode, 'KIA1107');
    assert.equal(subset?.docs, 'docs/diagnostics/MX0004.md');
    assert.ok(subset?.inputs.includes('DestinationRule'));
  });
});

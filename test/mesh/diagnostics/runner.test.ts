// runDiagnostics: sort, dedupe, filter, cap; Finding shape (STYLE rule 5).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runDiagnostics } from '../../../src/mesh/diagnostics/index.js';
import { indexOf } from './helpers/analyze.js';
import { REVIEWS, docs, service, virtualService } from './helpers/fixtures.js';

const BROKEN = docs(
  REVIEWS,
  service('web', 'default', '[{name: web, port: 80}, {name: stats, port: 81}]', 'app: web'),
  virtualService('b', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: nothing-here}}]\n- route: [{destination: {host: reviews, subset: v9}, weight: 40}]'),
  virtualService('a', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: nope}}]'),
);

describe('runDiagnostics', () => {
  const all = runDiagnostics(indexOf(BROKEN));

  test('sorts by severity, then code, then resource, then line', () => {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      assert.ok(rank[a.severity] <= rank[b.severity], 'severity order');
      if (rank[a.severity] === rank[b.severity]) assert.ok(a.code <= b.code, 'code order');
      if (a.code === b.code) assert.ok(`${a.resource.namespace}/${a.resource.name}` <= `${b.resource.namespace}/${b.resource.name}`, 'resource order');
    }
    assert.equal(all[0].severity, 'error');
    assert.equal(all.at(-1)?.severity, 'info');
    const hostNotFound = all.filter((f) => f.code === 'MX0001').map((f) => f.resource.name);
    assert.deepEqual(hostNotFound, ['a', 'b']);
  });

  test('a finding carries the field line, upstream codes, symptom, fix and reference rules', () => {
    const subset = all.find((f) => f.code === 'MX0004');
    assert.ok(subset);
    assert.equal(subset.fieldPath, 'spec.http[1].route[0].destination.subset');
    assert.equal(subset.source.field, subset.fieldPath);
    assert.equal(subset.istioCode, 'IST0101');
    assert.equal(subset.kialiCode, 'KIA1107');
    assert.match(subset.symptom, /503.*NC/);
    assert.ok(subset.fix.length > 0 && subset.rules.includes('R5.6.3'));
    assert.match(subset.message, /^[^\n]+\.$/);
  });

  test('minSeverity and codes filter', () => {
    assert.ok(runDiagnostics(indexOf(BROKEN), { minSeverity: 'error' }).every((f) => f.severity === 'error'));
    assert.ok(runDiagnostics(indexOf(BROKEN), { minSeverity: 'warning' }).every((f) => f.severity !== 'info'));
    const only = runDiagnostics(indexOf(BROKEN), { codes: ['MX0027'] });
    assert.deepEqual(only.map((f) => f.code), ['MX0027', 'MX0027']);
  });

  test('caps with a final TooManyFindings entry', () => {
    const capped = runDiagnostics(indexOf(BROKEN), { maxFindings: 2 });
    assert.equal(capped.length, 3);
    assert.deepEqual(capped.slice(0, 2), all.slice(0, 2));
    assert.equal(capped[2].code, 'MX0029');
    assert.match(capped[2].message, new RegExp(`${all.length - 2} more`));
  });

  test('identical findings are reported once', () => {
    const twice = docs(BROKEN, virtualService('b', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: nothing-here}}]\n- route: [{destination: {host: reviews, subset: v9}, weight: 40}]'));
    const findings = runDiagnostics(indexOf(twice), { codes: ['MX0001'] });
    assert.equal(findings.filter((f) => f.resource.name === 'b').length, 1);
  });
});

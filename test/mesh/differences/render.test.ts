import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIMENSIONS, differences, renderDifferencesMarkdown, renderDifferencesText } from '../../../src/mesh/differences/index.js';

test('markdown: one table row per dimension, both kinds as columns, notes listed', () => {
  const md = renderDifferencesMarkdown(differences('VirtualService'));
  assert.match(md, /^# VirtualService vs Service/);
  assert.match(md, /\| Dimension \| VirtualService \| Service \| Together \|/);
  for (const d of DIMENSIONS) assert.ok(md.includes(`| ${d.title} |`), d.title);
  assert.match(md, /## Notes/);
  assert.match(md, /Traffic does not go through the ClusterIP/);
});

test('text: every dimension title and each typical mistake with its symptom', () => {
  const text = renderDifferencesText(differences('DESTINATION_RULE', 'SERVICE'));
  for (const d of DIMENSIONS) assert.ok(text.includes(`${d.title}:`), d.title);
  assert.match(text, /Symptom: 503 NC/);
});

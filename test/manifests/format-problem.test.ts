import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, ingestManifests } from '../../src/manifests/index.js';
import { formatFieldPath, parseFieldPath } from '../../src/manifests/field-path.js';
import { yamlText } from './helpers.js';

describe('formatProblem', () => {
  test('file:line:column: Kind ns/name: fieldPath: message', () => {
    const text = yamlText('apiVersion: networking.istio.io/v1', 'kind: VirtualService', 'metadata: {name: r, namespace: shop}', 'spec:', '  hosts: [r]', '  http:', '  - match:', '    - uri: {regex: "(("}', '    route: [{destination: {host: r}}]');
    const result = ingestManifests([{ name: 'vs.yaml', content: text }]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(
      formatProblem(result.problems[0]),
      'vs.yaml:8:13: VirtualService shop/r: spec.http[0].match[0].uri.regex: not a valid RE2 regular expression (error parsing regexp: missing closing ): `((`)',
    );
  });

  test('parts that are unknown are left out', () => {
    const base = { code: 'x', file: 'f.yaml', docIndex: null, line: null, column: null, object: null, fieldPath: null, message: 'bad' };
    assert.equal(formatProblem(base), 'f.yaml: bad');
    assert.equal(formatProblem({ ...base, line: 3, column: 4 }), 'f.yaml:3:4: bad');
    assert.equal(formatProblem({ ...base, line: 3, column: null, object: 'Namespace a' }), 'f.yaml:3: Namespace a: bad');
  });
});

describe('field paths', () => {
  test('keys that are not plain names are quoted in brackets, and parse back', () => {
    const segments = ['metadata', 'labels', 'app.kubernetes.io/name'];
    assert.equal(formatFieldPath(segments), 'metadata.labels["app.kubernetes.io/name"]');
    assert.deepEqual(parseFieldPath('metadata.labels["app.kubernetes.io/name"]'), segments);
    assert.deepEqual(parseFieldPath('spec.http[0].match[1].headers.end-user.regex'), ['spec', 'http', 0, 'match', 1, 'headers', 'end-user', 'regex']);
    assert.deepEqual(parseFieldPath(''), []);
    assert.equal(parseFieldPath('.spec'), undefined);
    assert.equal(parseFieldPath('spec[x]'), undefined);
  });

  test('a problem on a dotted label key names it with brackets and points at its line', () => {
    const text = yamlText('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: n', '  labels:', '    app.kubernetes.io/version: 2');
    const result = ingestManifests([{ name: 'n.yaml', content: text }]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual([result.problems[0].fieldPath, result.problems[0].line, result.problems[0].column], ['metadata.labels["app.kubernetes.io/version"]', 6, 5]);
  });
});

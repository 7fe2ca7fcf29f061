import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFail, onlyProblem, service, yamlText } from './helpers.js';

describe('syntax errors and required fields', () => {
  test('a YAML syntax error names file, document index, file line and column', () => {
    const text = yamlText(...service('a'), '---', ...service('b'), '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: c', '  labels: {app: [unclosed}');
    const problem = onlyProblem([{ name: 'broken.yaml', content: text }]);
    assert.equal(problem.code, 'syntax-error');
    assert.equal(problem.file, 'broken.yaml');
    assert.equal(problem.docIndex, 2);
    assert.equal(problem.line, 21);
    assert.equal(problem.column, 26);
    assert.match(problem.message, /^YAML syntax error: /);
    assert.equal(problem.object, null);
  });

  test('syntax error positions on CRLF files and after a BOM match the file lines', () => {
    const text = '\uFEFF' + yamlText(...service('a'), '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '\tname: tab').replace(/\n/g, '\r\n');
    const problem = onlyProblem([{ name: 'crlf.yaml', content: text }]);
    assert.deepEqual([problem.code, problem.docIndex, problem.line, problem.column], ['syntax-error', 1, 12, 1]);
  });

  test('duplicate keys are a syntax error at the repeated key', () => {
    const text = yamlText(...service('a'), 'metadata:', '  name: again');
    const problem = onlyProblem([{ name: 'dup.yaml', content: text }]);
    assert.equal(problem.code, 'syntax-error');
    assert.equal(problem.line, 8);
    assert.match(problem.message, /duplicated mapping key/);
  });

  test('a JSON syntax error names file, line and column', () => {
    const json = '{\n  "apiVersion": "v1",\n  "kind": "Service"\n  "metadata": {"name": "x"}\n}\n';
    const problem = onlyProblem([{ name: 'bad.json', content: json }]);
    assert.deepEqual([problem.code, problem.file, problem.docIndex, problem.line], ['syntax-error', 'bad.json', 0, 4]);
    assert.ok(problem.column !== null);
  });

  test('apiVersion, kind and metadata.name are required, each with its field path', () => {
    const text = yamlText('kind: Service', 'metadata:', '  namespace: shop', 'spec: {}', '---', 'apiVersion: v1', 'metadata: {name: x}', '---', 'apiVersion: v1', 'kind: ""', 'metadata: {name: y}');
    const { problems } = ingestFail([{ name: 'ids.yaml', content: text }]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.docIndex, p.line, p.column, p.object, p.fieldPath, p.message]),
      [
        ['missing-field', 0, 1, 1, 'Service (unnamed)', 'apiVersion', 'is required'],
        ['missing-field', 0, 2, 1, 'Service (unnamed)', 'metadata.name', 'is required'],
        ['missing-field', 1, 6, 1, null, 'kind', 'is required'],
        ['invalid-field', 2, 10, 1, null, 'kind', 'must be a non-empty string'],
      ],
    );
  });

  test('a document that is not a map is a problem', () => {
    const problem = onlyProblem([{ name: 's.yaml', content: yamlText('---', 'just a string') }]);
    assert.deepEqual(
      [problem.code, problem.file, problem.docIndex, problem.line, problem.column],
      ['not-an-object', 's.yaml', 0, 2, 1],
    );
  });

  test('all problems of an upload are reported together, across files', () => {
    const { problems } = ingestFail([
      { name: 'a.yaml', content: yamlText('a: [', '---', ...service('ok'), '---', 'kind: Service', 'metadata: {name: x}') },
      { name: 'b.yaml', content: yamlText(...service('p', []).map((l) => l.replace('port: 80', 'port: 0'))) },
      { name: 'c.bin', content: new Uint8Array([0xff, 0xfe]) },
    ]);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.code}:${p.fieldPath ?? ''}`), [
      'a.yaml:2:syntax-error:',
      'a.yaml:11:missing-field:apiVersion',
      'b.yaml:7:invalid-field:spec.ports[0].port',
      'c.bin:1:invalid-utf8:',
    ]);
  });

  test('problems are capped at 1000 with a final "too many problems" entry', () => {
    const documents = Array.from({ length: 1200 }, (_, i) => `kind: Service\nmetadata: {name: s${i}}`).join('\n---\n');
    const { problems } = ingestFail([{ name: 'many.yaml', content: documents }]);
    assert.equal(problems.length, 1001);
    assert.equal(problems[999].fieldPath, 'apiVersion');
    assert.equal(problems[1000].code, 'too-many-problems');
    assert.match(problems[1000].message, /more than 1000 problems/);
  });
});

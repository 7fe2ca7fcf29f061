import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_INGEST_LIMITS } from '../../src/manifests/index.js';
import { ingestFail, ingestOk, onlyProblem, service, yamlText } from './helpers.js';

const BILLION_LAUGHS = yamlText(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: lol}',
  'data:',
  '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  '  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  '  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  '  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  '  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  '  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  '  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
);

describe('limits', () => {
  test('defaults', () => {
    assert.deepEqual(DEFAULT_INGEST_LIMITS, {
      maxDocuments: 50_000,
      maxAliasCount: 100,
      maxDepth: 64,
      maxStringLength: 1024 * 1024,
      maxTotalBytes: 20 * 1024 * 1024,
    });
  });

  test('total bytes over the limit: one problem naming the file where the limit is crossed, nothing parsed', () => {
    const small = yamlText(...service('a'));
    const problem = onlyProblem(
      [{ name: 'one.yaml', content: small }, { name: 'two.yaml', content: small }, { name: 'three.yaml', content: 'not: [valid' }],
      { limits: { maxTotalBytes: Buffer.byteLength(small) + 10 } },
    );
    assert.equal(problem.code, 'upload-too-large');
    assert.equal(problem.file, 'two.yaml');
    assert.match(problem.message, new RegExp(`larger than the limit of ${Buffer.byteLength(small) + 10} bytes`));
  });

  test('documents per upload over the limit: a problem at the first document over it', () => {
    const text = yamlText(...service('a'), '---', ...service('b'), '---', '---', ...service('c'));
    const problem = onlyProblem([{ name: 'docs.yaml', content: text }], { limits: { maxDocuments: 2 } });
    assert.deepEqual(
      [problem.code, problem.file, problem.docIndex, problem.line, problem.column, problem.message],
      ['too-many-documents', 'docs.yaml', 3, 18, 1, 'upload has more than 2 documents'],
    );
  });

  test('List items count against the documents limit', () => {
    const text = yamlText('apiVersion: v1', 'kind: List', 'items:', '- {apiVersion: v1, kind: Namespace, metadata: {name: a}}', '- {apiVersion: v1, kind: Namespace, metadata: {name: b}}', '- {apiVersion: v1, kind: Namespace, metadata: {name: c}}');
    const problem = onlyProblem([{ name: 'list.yaml', content: text }], { limits: { maxDocuments: 2 } });
    assert.equal(problem.code, 'too-many-documents');
    assert.equal(problem.line, 6);
    assert.match(problem.message, /more than 2 objects/);
  });

  test('billion laughs: refused fast, without expanding, naming the file and where', () => {
    const started = process.memoryUsage().heapUsed;
    const problem = onlyProblem([{ name: 'bomb.yaml', content: BILLION_LAUGHS }]);
    assert.equal(problem.code, 'alias-limit');
    assert.equal(problem.file, 'bomb.yaml');
    assert.equal(problem.docIndex, 0);
    assert.match(problem.message, /aliases expand to more than 100 references; refused without expanding them/);
    assert.equal(problem.fieldPath, 'data.d[1]');
    assert.equal(problem.line, 8);
    assert.ok(process.memoryUsage().heapUsed - started < 200 * 1024 * 1024, 'memory must not blow up');
  });

  test('billion laughs with a scalar anchor at the bottom (the classic form) is refused too', () => {
    const levels = ['  a: &a "lol"'];
    for (let i = 1; i < 10; i += 1) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'data:', ...levels);
    const problem = onlyProblem([{ name: 'lol.yaml', content: text }]);
    assert.equal(problem.code, 'alias-limit');
    assert.equal(problem.file, 'lol.yaml');
  });

  test('more aliases than the limit in the text: refused while parsing, at the offending alias', () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `  k${i}: *v`);
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: many}', 'data:', '  v: &v x', ...aliases);
    const problem = onlyProblem([{ name: 'aliases.yaml', content: text }], { limits: { maxAliasCount: 5 } });
    assert.deepEqual(
      [problem.code, problem.line, problem.column, problem.message],
      ['alias-limit', 11, 7, 'more than 5 YAML aliases in one document; refused without expanding them'],
    );
  });

  test('aliases that expand a big scalar many times are refused by expanded size', () => {
    const big = 'x'.repeat(1000);
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: wide}', 'data:', `  s: &s ${big}`, `  l: &l [${Array(20).fill('*s').join(',')}]`, `  m: [${Array(20).fill('*l').join(',')}]`);
    const problem = onlyProblem([{ name: 'wide.yaml', content: text }], { limits: { maxAliasCount: 100, maxTotalBytes: 100_000 } });
    assert.equal(problem.code, 'alias-limit');
    assert.match(problem.message, /expand the document to more than 100000 bytes/);
    assert.equal(problem.fieldPath, 'data.m[4]');
  });

  test('nesting deeper than the limit: problem with file line and column', () => {
    const deep = 'x: ' + '['.repeat(10) + ']'.repeat(10);
    const text = yamlText(...service('a'), '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', deep);
    const problem = onlyProblem([{ name: 'deep.yaml', content: text }], { limits: { maxDepth: 8 } });
    assert.deepEqual(
      [problem.code, problem.file, problem.docIndex, problem.line, problem.message],
      ['depth-limit', 'deep.yaml', 1, 12, 'nesting deeper than 8 levels'],
    );
    assert.ok(problem.column !== null && problem.column > 3);
  });

  test('the default depth limit (64) applies', () => {
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', 'x: ' + '['.repeat(70) + ']'.repeat(70));
    assert.equal(onlyProblem([{ name: 'deep.yaml', content: text }]).code, 'depth-limit');
    const ok = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', 'x: ' + '['.repeat(50) + ']'.repeat(50));
    assert.equal(ingestOk([{ name: 'ok.yaml', content: ok }]).resources.length, 1);
  });

  test('string longer than the limit: problem with its field path and line', () => {
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: big}', 'data:', '  small: ok', `  blob: ${'y'.repeat(200)}`);
    const problem = onlyProblem([{ name: 'big.yaml', content: text }], { limits: { maxStringLength: 100 } });
    assert.deepEqual(
      [problem.code, problem.file, problem.line, problem.column, problem.fieldPath, problem.message],
      ['string-too-long', 'big.yaml', 6, 3, 'data.blob', 'string of 200 characters is longer than the limit of 100'],
    );
  });

  test('limits are per option: a partial override keeps the other defaults', () => {
    const text = yamlText(...service('a'), '---', ...service('b'));
    assert.equal(ingestOk([{ name: 'a.yaml', content: text }], { limits: { maxDocuments: 2 } }).resources.length, 2);
    assert.equal(ingestFail([{ name: 'a.yaml', content: text }], { limits: { maxDocuments: 1 } }).problems[0].code, 'too-many-documents');
  });
});

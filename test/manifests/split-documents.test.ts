import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { splitDocuments } from '../../src/manifests/split-documents.js';

describe('splitDocuments (line scan for document boundaries)', () => {
  test('counts documents the way the YAML library does', () => {
    const streams = [
      'a: 1\n---\nb: 2\n',
      '# c\n---\na: 1\n---\n---\nb: 2\n---\n',
      '--- \na: 1\n...\n# after end\n---\nb: 2\n...\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: |\n  ---not a marker\n  text\nb: 1\n',
      'a: 1\r\n---\r\nb: 2\r\n',
      '--- {a: 1}\n--- [b]\n',
    ];
    for (const text of streams) {
      const expected = parseAllDocuments(text);
      const chunks = splitDocuments(text);
      assert.equal(chunks.length, Array.isArray(expected) ? expected.length : 0, text);
      const contents = chunks.map((c) => (c.objectLine === null ? null : 'content'));
      const expectedContents = (Array.isArray(expected) ? expected : []).map((d) => (d.toJS() === null ? null : 'content'));
      assert.deepEqual(contents, expectedContents, text);
    }
  });

  test('start line of each chunk and position of its object', () => {
    const chunks = splitDocuments('# c\n\n---\n# c2\n  a: 1\n--- b: 2\n...\n');
    assert.deepEqual(chunks.map((c) => [c.docIndex, c.startLine, c.objectLine, c.objectColumn]), [[0, 1, 5, 3], [1, 6, 6, 5]]);
    assert.equal(chunks[1].text, '--- b: 2\n');
  });
});

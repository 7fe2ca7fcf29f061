import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { createFieldLocator } from '../../src/manifests/index.js';
import { formatFieldPath, type PathSegment } from '../../src/manifests/field-path.js';
import { fieldPositionKey } from '../../src/manifests/field-position-key.js';
import { scanFieldPositions } from '../../src/manifests/scan-field-positions.js';
import { splitDocuments } from '../../src/manifests/split-documents.js';
import { ingestOk, SHARED, yamlText } from './helpers.js';

function at(text: string, path: PathSegment[], firstLine = 1) {
  const positions = scanFieldPositions(text, firstLine);
  assert.ok(positions, 'expected the line scan to read this document');
  return positions.get(fieldPositionKey(path));
}

/** What `yaml` says, walked the way the locator walked before the line scan existed. */
function yamlPosition(document: Document, lineCounter: LineCounter, startLine: number, path: readonly PathSegment[]) {
  let node: unknown = document.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0];
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return undefined;
      offset = (pair.key as { range?: number[] }).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      offset = (node as { range?: number[] } | null)?.range?.[0];
    } else return undefined;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line: startLine + line - 1, column: col };
}

function everyPath(value: unknown, prefix: PathSegment[], out: PathSegment[][]): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, index) => everyPath(item, [...prefix, index], out));
    out.push([...prefix, value.length], [...prefix, 'name']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) everyPath(child, [...prefix, key], out);
    out.push([...prefix, 'notWritten'], [...prefix, 0]);
  }
  return out;
}

describe('scanFieldPositions (one line scan per cited document)', () => {
  test('map keys, list items, compact sequences, flow collections and block scalars, in file lines', () => {
    const text = yamlText(
      '# header', '---', 'apiVersion: v1', 'kind: Service', 'metadata: {name: a, labels: {"app.kubernetes.io/name": a}}',
      'spec:', '  note: |', '    text: not a key', '', '    - not an item', '  hosts:', '  - "*.example.com"',
      '  -   port: 80', '      name: http', '  args: ["-b", 0.0.0.0:80]', "  'quoted key': x # c",
    );
    assert.deepEqual(at(text, [], 10), { line: 12, column: 1 });
    assert.deepEqual(at(text, ['metadata', 'labels', 'app.kubernetes.io/name']), { line: 5, column: 30 });
    assert.deepEqual(at(text, ['spec', 'hosts']), { line: 11, column: 3 });
    assert.deepEqual(at(text, ['spec', 'hosts', 0]), { line: 12, column: 5 });
    assert.deepEqual(at(text, ['spec', 'hosts', 1, 'name']), { line: 14, column: 7 });
    assert.deepEqual(at(text, ['spec', 'args', 1]), { line: 15, column: 16 });
    assert.deepEqual(at(text, ['spec', 'quoted key']), { line: 16, column: 3 });
    assert.equal(at(text, ['spec', 'note', 'text']), undefined);
    assert.equal(at(text, ['spec', 'hosts', '0']), undefined);
    assert.equal(at(text, ['spec', 'hosts', 2]), undefined);
  });

  test('leaves to `yaml` what it does not read exactly', () => {
    const unread = {
      anchor: yamlText('a: &x {b: 1}', 'c: *x'),
      tag: yamlText('a: !!str 1'),
      list: yamlText('apiVersion: v1', 'kind: List', 'items:', '- kind: Service'),
      topLevelSequence: yamlText('- a: 1'),
      multiLineFlow: yamlText('a: [1,', '  2]'),
      multiLinePlain: yamlText('a: one', '  two'),
      multiLineQuoted: yamlText('a: "one', '  two"'),
      nonStringKey: yamlText('a:', '- null: 1'),
      numberKey: yamlText('1: a'),
      tab: yamlText('a:\t1'),
      directive: yamlText('%YAML 1.2', '---', 'a: 1'),
    };
    for (const [name, text] of Object.entries(unread)) assert.equal(scanFieldPositions(text, 1), undefined, name);
  });
});

describe('createFieldLocator answers exactly as `yaml` does', () => {
  test('every written and unwritten field of every document of the istio-docs samples', () => {
    const directory = join(SHARED, 'samples/istio-docs');
    let compared = 0;
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.yaml'))) {
      compared += compareWithYaml(ingestOk([{ name, content: readFileSync(join(directory, name), 'utf8') }]));
    }
    assert.ok(compared > 1000, `compared ${compared}`);
  });

  function compareWithYaml(result: ReturnType<typeof ingestOk>): number {
    const locate = createFieldLocator(result.files);
    let compared = 0;
    for (const resource of result.resources) {
      const file = result.files.find((f) => f.name === resource.source.file);
      const chunk = file && splitDocuments(file.text)[resource.source.docIndex];
      assert.ok(chunk);
      const lineCounter = new LineCounter();
      const document = parseDocument(chunk.text, { lineCounter });
      for (const path of everyPath(resource.object, [], [])) {
        const expected = yamlPosition(document, lineCounter, chunk.startLine, path);
        assert.deepEqual(locate(resource, formatFieldPath(path)), expected, `${resource.source.file} ${formatFieldPath(path)}`);
        compared += 1;
      }
    }
    return compared;
  }

  test('aliases resolve to the anchored node (documents the line scan does not read)', () => {
    const text = yamlText('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels: &labels', '    app: a', '  annotations: *labels');
    const result = ingestOk([{ name: 'anchors.yaml', content: text }]);
    const locate = createFieldLocator(result.files);
    assert.deepEqual(locate(result.resources[0], 'metadata.annotations.app'), { line: 6, column: 5 });
    assert.deepEqual(locate(result.resources[0], 'metadata.name'), { line: 4, column: 3 });
  });
});

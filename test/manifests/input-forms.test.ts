import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { byName, ingestOk, onlyProblem, service, yamlText } from './helpers.js';

describe('input forms', () => {
  test('multi-document YAML: every document becomes a resource with its docIndex, line and column', () => {
    const text = yamlText(
      '# leading comment',
      ...service('a'),
      '---',
      '# comment before the object',
      '',
      ...service('b'),
      '--- ',
      ...service('c'),
    );
    const { resources } = ingestOk([{ name: 'multi.yaml', content: text }]);
    assert.deepEqual(
      resources.map((r) => [r.name, r.source.file, r.source.docIndex, r.source.line, r.source.column]),
      [['a', 'multi.yaml', 0, 2, 1], ['b', 'multi.yaml', 1, 12, 1], ['c', 'multi.yaml', 2, 20, 1]],
    );
  });

  test('empty documents and comment-only documents are skipped but keep YAML document numbering', () => {
    const text = yamlText('---', '# only a comment', '---', '---', ...service('a'), '---', '');
    const { resources, warnings } = ingestOk([{ name: 'e.yaml', content: text }]);
    assert.equal(resources.length, 1);
    assert.deepEqual(resources[0].source, { file: 'e.yaml', docIndex: 2, line: 5, column: 1 });
    assert.deepEqual(warnings, []);
  });

  test('a file with only comments gives no resources and no problems', () => {
    const { resources } = ingestOk([{ name: 'c.yaml', content: '# nothing here\n\n' }]);
    assert.deepEqual(resources, []);
  });

  test('`--- ` followed by content on the same line, and `...` document end markers', () => {
    const text = yamlText('--- {apiVersion: v1, kind: Namespace, metadata: {name: one}}', '...', '# between', '...', 'apiVersion: v1', 'kind: Namespace', 'metadata: {name: two}', '...');
    const { resources } = ingestOk([{ name: 'markers.yaml', content: text }]);
    assert.deepEqual(
      resources.map((r) => [r.name, r.source.docIndex, r.source.line, r.source.column]),
      [['one', 0, 1, 5], ['two', 1, 5, 1]],
    );
  });

  test('JSON file with one object', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'j', namespace: 'shop' }, spec: { ports: [{ port: 8080 }] } }, null, 2);
    const { resources } = ingestOk([{ name: 'svc.json', content: json }]);
    assert.equal(resources.length, 1);
    assert.equal(resources[0].namespace, 'shop');
    assert.deepEqual(resources[0].object.spec, { ports: [{ port: 8080 }] });
    assert.deepEqual(resources[0].source, { file: 'svc.json', docIndex: 0, line: 1, column: 1 });
  });

  test('JSON `kind: List` (kubectl get -o json): each item is a resource on its own line', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'one' }, spec: { ports: [{ port: 80 }] } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'two' }, spec: { ports: [{ port: 81 }] } },
      ],
    };
    const json = JSON.stringify(list, null, 2);
    const lineOf = (needle: string): number => json.slice(0, json.indexOf(needle)).split('\n').length;
    const { resources } = ingestOk([{ name: 'list.json', content: json }]);
    assert.deepEqual(resources.map((r) => r.name), ['one', 'two']);
    // the item object starts at its `{`, one line above its "apiVersion" key
    assert.equal(resources[0].source.line, lineOf('"name": "one"') - 4);
    assert.equal(resources[1].source.line, lineOf('"name": "two"') - 4);
    assert.ok(resources.every((r) => r.source.docIndex === 0));
  });

  test('JSON top-level array of objects', () => {
    const json = '[\n  {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}},\n  {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}\n]\n';
    const { resources } = ingestOk([{ name: 'arr.json', content: json }]);
    assert.deepEqual(resources.map((r) => [r.name, r.source.line, r.source.column]), [['a', 2, 3], ['b', 3, 3]]);
  });

  test('YAML `kind: List` as printed by `kubectl get -o yaml`: items keep the List docIndex and their own line', () => {
    const text = yamlText(
      ...service('before'),
      '---',
      'apiVersion: v1',
      'items:',
      '- apiVersion: v1',
      '  kind: Service',
      '  metadata:',
      '    name: first',
      '    namespace: shop',
      '  spec:',
      '    ports:',
      '    - port: 80',
      '# a comment between items',
      '- apiVersion: apps/v1',
      '  kind: Deployment',
      '  metadata: {name: second, namespace: shop}',
      '  spec:',
      '    selector: {matchLabels: {app: x}}',
      '    template:',
      '      metadata: {labels: {app: x}}',
      '      spec: {containers: [{name: c}]}',
      'kind: List',
      'metadata:',
      '  resourceVersion: ""',
    );
    const { resources, countsByKind } = ingestOk([{ name: 'kubectl.yaml', content: text }]);
    assert.deepEqual(
      resources.map((r) => [r.kind, r.namespace, r.name, r.source.docIndex, r.source.line, r.source.column]),
      [
        ['Service', 'default', 'before', 0, 1, 1],
        ['Service', 'shop', 'first', 1, 11, 3],
        ['Deployment', 'shop', 'second', 1, 20, 3],
      ],
    );
    assert.deepEqual(countsByKind, { Service: 2, Deployment: 1 });
  });

  test('CRLF line ends: same lines as LF, values without \\r', () => {
    const text = yamlText(...service('crlf', ['  selector:', '    app: web']), '---', ...service('second')).replace(/\n/g, '\r\n');
    const { resources, files } = ingestOk([{ name: 'crlf.yaml', content: text }]);
    assert.deepEqual(resources.map((r) => r.source.line), [1, 11]);
    assert.deepEqual(getSelector(resources[0].object), { app: 'web' });
    assert.equal(files[0].text, text);
  });

  test('UTF-8 BOM (bytes and string) is removed; lines still match', () => {
    const text = yamlText(...service('bom'));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    const fromBytes = ingestOk([{ name: 'bom.yaml', content: bytes }]);
    assert.equal(fromBytes.resources[0].name, 'bom');
    assert.deepEqual(fromBytes.resources[0].source, { file: 'bom.yaml', docIndex: 0, line: 1, column: 1 });
    assert.equal(fromBytes.files[0].text, text);
    assert.equal(fromBytes.files[0].size, bytes.byteLength);
    assert.equal(fromBytes.files[0].sha256, createHash('sha256').update(bytes).digest('hex'));
    const fromString = ingestOk([{ name: 'bom.yaml', content: '\uFEFF' + text }]);
    assert.equal(fromString.files[0].text, text);
  });

  test('invalid UTF-8 bytes are a problem naming the file and where', () => {
    const bytes = new Uint8Array([...Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: caf', 'utf8'), 0xe9, 0x0a]);
    const problem = onlyProblem([{ name: 'latin1.yaml', content: bytes }]);
    assert.equal(problem.code, 'invalid-utf8');
    assert.equal(problem.file, 'latin1.yaml');
    assert.equal(problem.line, 4);
    assert.equal(problem.column, 12);
    assert.match(problem.message, /not valid UTF-8/);
  });

  test('files: name, sha256 and size of the raw bytes, decoded text; multi-byte characters counted in bytes', () => {
    const text = yamlText(...service('a', ['  # café ☕']));
    const { files } = ingestOk([{ name: 'x.yaml', content: text }]);
    assert.deepEqual(files, [{
      name: 'x.yaml',
      sha256: createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
      size: Buffer.byteLength(text, 'utf8'),
      text,
    }]);
    assert.notEqual(files[0].size, text.length);
  });

  test('namespaces: metadata.namespace, else the upload default; cluster-scoped kinds get none', () => {
    const text = yamlText(
      ...service('given', []).map((l) => (l === '  name: given' ? '  name: given\n  namespace: shop' : l)),
      '---', ...service('defaulted'),
      '---', 'apiVersion: v1', 'kind: Namespace', 'metadata: {name: shop}',
      '---', 'apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: reader, namespace: ignored}',
    );
    const { resources } = ingestOk([{ name: 'ns.yaml', content: text }], { defaultNamespace: 'team-a' });
    assert.deepEqual(resources.map((r) => [r.kind, r.namespace, r.name]), [
      ['Service', 'shop', 'given'],
      ['Service', 'team-a', 'defaulted'],
      ['Namespace', null, 'shop'],
      ['ClusterRole', null, 'reader'],
    ]);
    assert.equal(ingestOk([{ name: 'ns.yaml', content: yamlText(...service('d')) }]).resources[0].namespace, 'default');
  });

  test('labels and annotations as string maps; creationTimestamp kept as text; the whole object kept', () => {
    const text = yamlText(
      'apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: n',
      '  creationTimestamp: 2024-05-01T10:00:00Z', '  labels: {istio-injection: enabled}', '  annotations: {note: "7"}',
    );
    const [ns] = ingestOk([{ name: 'n.yaml', content: text }]).resources;
    assert.deepEqual(ns.labels, { 'istio-injection': 'enabled' });
    assert.deepEqual(ns.annotations, { note: '7' });
    assert.equal(ns.creationTimestamp, '2024-05-01T10:00:00Z');
    assert.equal(ns.apiVersion, 'v1');
    assert.deepEqual(ns.object.metadata, { name: 'n', creationTimestamp: '2024-05-01T10:00:00Z', labels: { 'istio-injection': 'enabled' }, annotations: { note: '7' } });
  });

  test('several files in one upload: objects in file order, countsByKind over all', () => {
    const result = ingestOk([
      { name: 'a.yaml', content: yamlText(...service('a')) },
      { name: 'b.json', content: '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"b"}}' },
    ]);
    assert.deepEqual(result.resources.map((r) => `${r.source.file}:${r.name}`), ['a.yaml:a', 'b.json:b']);
    assert.deepEqual(result.countsByKind, { Service: 1, Namespace: 1 });
    assert.equal(byName(result.resources, 'Namespace', 'b').namespace, null);
  });

  test('YAML merge keys and anchors within the limit work', () => {
    const text = yamlText(
      ...service('m', ['  selector: &sel', '    app: m', '---']),
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: m}', 'spec:',
      '  selector: {matchLabels: {<<: {app: m}, tier: web}}',
      '  template:', '    metadata: {labels: {app: m, tier: web}}', '    spec: {containers: [{name: c}]}',
    );
    const { resources } = ingestOk([{ name: 'anchors.yaml', content: text }]);
    assert.deepEqual(getMatchLabels(resources[1].object), { app: 'm', tier: 'web' });
  });
});

function getSelector(object: Record<string, unknown>): unknown {
  return (object.spec as Record<string, unknown>).selector;
}

function getMatchLabels(object: Record<string, unknown>): unknown {
  return ((object.spec as Record<string, unknown>).selector as Record<string, unknown>).matchLabels;
}

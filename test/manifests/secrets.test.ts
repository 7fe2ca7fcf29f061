import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFail, ingestOk, service, yamlText } from './helpers.js';

const PLAIN = 'hunter2-plain-value';
const ENCODED = Buffer.from('s3cr3t-base64-value').toString('base64');
const LAST_APPLIED = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', stringData: { password: PLAIN } });

function secret(extra: string[] = []): string {
  return yamlText(
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: db',
    '  namespace: shop',
    '  labels: {app: db}',
    '  annotations:',
    `    kubectl.kubernetes.io/last-applied-configuration: '${LAST_APPLIED}'`,
    '    owner: team-a',
    'type: Opaque',
    'data:',
    `  token: ${ENCODED}`,
    'stringData:',
    `  password: ${PLAIN}`,
    ...extra,
  );
}

describe('Secret redaction', () => {
  test('only metadata is kept; data, stringData and the last-applied annotation are dropped, with a warning', () => {
    const result = ingestOk([{ name: 'secret.yaml', content: secret() }]);
    const [stored] = result.resources;
    assert.deepEqual(stored.object, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'shop', labels: { app: 'db' }, annotations: { owner: 'team-a' } },
      type: 'Opaque',
    });
    assert.deepEqual(stored.annotations, { owner: 'team-a' });
    assert.deepEqual(result.warnings.map((w) => [w.code, w.file, w.line, w.object]), [['secret-redacted', 'secret.yaml', 1, 'Secret shop/db']]);
    assert.match(result.warnings[0].message, /data, stringData, metadata\.annotations\["kubectl\.kubernetes\.io\/last-applied-configuration"\] dropped; only the metadata of a Secret is kept/);
  });

  test('no secret value appears anywhere in a successful result, the stored file text included', () => {
    const json = JSON.stringify(ingestOk([{ name: 'secret.yaml', content: secret() }]));
    for (const value of [PLAIN, ENCODED, 's3cr3t-base64-value']) assert.ok(!json.includes(value), `${value} leaked`);
  });

  test('the stored text keeps every line and column and parses back to the same resources', () => {
    const text = yamlText('# before', ...service('web')) + '---\n' + secret() + yamlText('---', 'apiVersion: v1', 'kind: Secret', 'metadata: {name: flow}', `data: {k: ${ENCODED}}`, 'type: Opaque', '---', ...service('after'));
    const first = ingestOk([{ name: 'mixed.yaml', content: text }]);
    const stored = first.files[0].text;
    assert.equal(stored.length, text.length);
    assert.deepEqual(stored.split('\n').map((line) => line.length), text.split('\n').map((line) => line.length));
    assert.ok(!stored.includes(ENCODED) && !stored.includes(PLAIN));
    assert.match(stored, /^data: \{\} +$/m);
    const again = ingestOk([{ name: 'mixed.yaml', content: stored }]);
    assert.deepEqual(again.resources, first.resources);
  });

  test('JSON Secrets and Secrets in a kubectl List are blanked in the stored text too', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'j' }, data: { k: ENCODED }, stringData: { p: PLAIN } }] }, null, 2);
    const first = ingestOk([{ name: 'secrets.json', content: json }]);
    assert.ok(!JSON.stringify(first).includes(ENCODED) && !JSON.stringify(first).includes(PLAIN));
    assert.deepEqual(ingestOk([{ name: 'secrets.json', content: first.files[0].text }]).resources, first.resources);
  });

  test('no secret value appears in problems or warnings of a failed upload, nor in a syntax error message', () => {
    const invalid = secret(['---', 'apiVersion: v1', 'kind: Service', 'metadata: {name: broken}', 'spec: {ports: [{port: 0}]}']);
    const syntax = yamlText('apiVersion: v1', 'kind: Secret', 'metadata: {name: bad}', 'stringData:', `  password: ${PLAIN}`, `  other: [${PLAIN}`);
    const failed = ingestFail([{ name: 'a.yaml', content: invalid }, { name: 'b.yaml', content: syntax }]);
    assert.equal(failed.problems.length, 2);
    assert.equal(failed.problems[1].code, 'syntax-error');
    const json = JSON.stringify(failed);
    for (const value of [PLAIN, ENCODED]) assert.ok(!json.includes(value), `${value} leaked`);
  });

  test('Secrets in a List are redacted too', () => {
    const text = yamlText('apiVersion: v1', 'kind: List', 'items:', `- {apiVersion: v1, kind: Secret, metadata: {name: s}, data: {k: ${ENCODED}}}`);
    const result = ingestOk([{ name: 'list.yaml', content: text }]);
    assert.deepEqual(result.resources[0].object, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } });
    assert.ok(!JSON.stringify(result.resources).includes(ENCODED));
    assert.equal(result.warnings[0].line, 4);
  });

  test('a Secret without values gives no warning', () => {
    const text = yamlText('apiVersion: v1', 'kind: Secret', 'metadata: {name: empty}', 'type: Opaque');
    assert.deepEqual(ingestOk([{ name: 's.yaml', content: text }]).warnings, []);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readManifestPaths } from '../../src/manifests/index.js';
import { ingestFail, ingestOk, service, SHARED, yamlText } from './helpers.js';

describe('duplicate objects', () => {
  test('the same kind/namespace/name twice in one file is a problem naming both places', () => {
    const text = yamlText(...service('web'), '---', ...service('web'));
    const { problems } = ingestFail([{ name: 'dup.yaml', content: text }]);
    assert.deepEqual(problems.map((p) => [p.code, p.file, p.docIndex, p.line, p.column, p.object, p.fieldPath, p.message]), [
      ['duplicate-object', 'dup.yaml', 1, 9, 1, 'Service default/web', null, 'defined twice in this upload: at dup.yaml:1 and at dup.yaml:9'],
    ]);
  });

  test('across files, and the default namespace counts: `web` and `default/web` are the same object', () => {
    const a = yamlText(...service('web').map((l) => (l === '  name: web' ? '  name: web\n  namespace: default' : l)));
    const { problems } = ingestFail([{ name: 'a.yaml', content: a }, { name: 'b.yaml', content: yamlText('# b', ...service('web')) }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, 'defined twice in this upload: at a.yaml:1 and at b.yaml:2');
  });

  test('same name in other namespaces or of other kinds is not a duplicate', () => {
    const text = yamlText(
      ...service('web'), '---',
      ...service('web').map((l) => (l === '  name: web' ? '  name: web\n  namespace: other' : l)), '---',
      'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: web}',
    );
    assert.equal(ingestOk([{ name: 'ok.yaml', content: text }]).resources.length, 3);
  });

  test('two files with the same name are refused', () => {
    const { problems } = ingestFail([{ name: 'x.yaml', content: yamlText(...service('a')) }, { name: 'x.yaml', content: yamlText(...service('b')) }]);
    assert.deepEqual(problems.map((p) => [p.code, p.file]), [['duplicate-file-name', 'x.yaml']]);
  });

  test('every file of bookinfo networking/ at once is refused, naming each VirtualService defined twice and both places', async () => {
    const directory = join(SHARED, 'samples/bookinfo/networking');
    const files = await readManifestPaths([directory]);
    assert.equal(files.length, readdirSync(directory).filter((f) => f.endsWith('.yaml')).length);
    const { problems } = ingestFail(files.map((f) => ({ ...f, name: f.name.slice(directory.length + 1) })));
    assert.ok(problems.every((p) => p.code === 'duplicate-object'), JSON.stringify(problems, null, 2));
    const virtualServices = problems.filter((p) => p.object?.startsWith('VirtualService '));
    assert.deepEqual(virtualServices.map((p) => `${p.object} | ${p.message}`), [
      'VirtualService default/details | defined twice in this upload: at fault-injection-details-v1.yaml:1 and at virtual-service-all-v1.yaml:40',
      'VirtualService default/details | defined twice in this upload: at fault-injection-details-v1.yaml:1 and at virtual-service-details-v2.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-ratings-db.yaml:1',
      'VirtualService default/ratings | defined twice in this upload: at virtual-service-all-v1.yaml:27 and at virtual-service-ratings-db.yaml:14',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-ratings-mysql-vm.yaml:1',
      'VirtualService default/ratings | defined twice in this upload: at virtual-service-all-v1.yaml:27 and at virtual-service-ratings-mysql-vm.yaml:14',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-ratings-mysql.yaml:1',
      'VirtualService default/ratings | defined twice in this upload: at virtual-service-all-v1.yaml:27 and at virtual-service-ratings-mysql.yaml:14',
      'VirtualService default/ratings | defined twice in this upload: at virtual-service-all-v1.yaml:27 and at virtual-service-ratings-test-abort.yaml:1',
      'VirtualService default/ratings | defined twice in this upload: at virtual-service-all-v1.yaml:27 and at virtual-service-ratings-test-delay.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-50-v3.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-80-20.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-90-10.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-jason-v2-v3.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-test-v2.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-v2-v3.yaml:1',
      'VirtualService default/reviews | defined twice in this upload: at virtual-service-all-v1.yaml:14 and at virtual-service-reviews-v3.yaml:1',
    ]);
    assert.ok(virtualServices.every((p) => p.line !== null && p.message.includes(`${p.file}:${p.line}`)));
  });
});

// A revision's MeshIndex is rebuilt from stored rows and texts, once per revision.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildMeshIndex } from '../../src/mesh/index/build.js';
import type { BuildOptions } from '../../src/mesh/index/types.js';
import type { Resource } from '../../src/mesh/model.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { BOOKINFO_REVISION, sample } from '../helpers/samples.js';

describe('loadIndex', () => {
  let t: TestApp;
  const builds: { count: number; options: BuildOptions | undefined }[] = [];
  before(async () => {
    t = await createTestApp({
      services: {
        indexCacheSize: 4,
        buildIndex: (resources: Resource[], options?: BuildOptions) => {
          builds.push({ count: resources.length, options });
          return buildMeshIndex(resources, options);
        },
      },
    });
    const result = await t.services.uploadManifests({ set: 'bookinfo', files: BOOKINFO_REVISION.map(sample) });
    assert.equal(result.ok, true);
  });
  after(() => t.close());

  test('the index holds the stored resources as the engine expects them', async () => {
    const { revision, index } = await t.services.loadIndex('bookinfo');
    assert.equal(revision.number, 1);
    const reviews = index.service('default', 'reviews');
    assert.ok(reviews);
    assert.equal(reviews.fqdn, 'reviews.default.svc.cluster.local');
    assert.deepEqual(reviews.resource.source, { file: 'bookinfo/platform/kube/bookinfo.yaml', docIndex: reviews.resource.source.docIndex, line: reviews.resource.source.line, column: 1 });
    const virtualService = index.virtualService('default', 'reviews');
    assert.ok(virtualService);
    assert.equal(virtualService.resource.source.file, 'bookinfo/networking/virtual-service-all-v1.yaml');
    assert.equal(index.get('Namespace', null, 'default'), undefined);
  });

  test('field citations use the stored file texts (line of the field, not the document start)', async () => {
    const { index } = await t.services.loadIndex('bookinfo', 1);
    const virtualService = index.virtualService('default', 'reviews')!;
    const cited = index.cite(virtualService.resource, 'spec.http[0].route[0].destination.subset');
    assert.equal(cited.file, 'bookinfo/networking/virtual-service-all-v1.yaml');
    assert.ok(cited.line > virtualService.resource.source.line, `line ${cited.line} is the field's own line`);
  });

  test('a second query on the same revision does not rebuild', async () => {
    builds.length = 0;
    await t.services.loadIndex('bookinfo');
    await t.services.loadIndex('bookinfo', 1);
    await t.services.loadIndex('bookinfo', 'latest');
    assert.equal(builds.length, 0);
    assert.ok(t.services.indexCache.stats().hits >= 3);
    await t.services.uploadManifests({ set: 'bookinfo', files: [sample('helloworld/helloworld.yaml')] });
    const { revision } = await t.services.loadIndex('bookinfo');
    assert.equal(revision.number, 2);
    assert.deepEqual(builds.map((b) => b.count), [3]);
    assert.ok(builds[0].options?.locate, 'a field locator is passed');
  });

  test('an unknown set or revision is NOT_FOUND', async () => {
    await assert.rejects(t.services.loadIndex('nope'), { code: 'NOT_FOUND' });
    await assert.rejects(t.services.loadIndex('bookinfo', 9), { code: 'NOT_FOUND', message: 'Manifest set "bookinfo" has no revision 9.' });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { BOOKINFO_REVISION, sample, samplesIn } from '../helpers/samples.js';

describe('REST upload', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('bookinfo + gateway + destination rules + virtual services are stored as one revision', async () => {
    const files = BOOKINFO_REVISION.map(sample).map((f) => ({ filename: f.name, content: f.content }));
    const res = await request(t.app).post('/api/v1/sets/bookinfo/revisions').send({ files, description: 'Bookinfo' }).expect(201);
    assert.equal(res.body.revision.number, 1);
    assert.equal(res.headers.location, '/api/v1/sets/bookinfo/revisions/1');
    assert.deepEqual(res.body.revision.files.map((f: { name: string }) => f.name), BOOKINFO_REVISION);
    assert.equal(res.body.revision.countsByKind.VirtualService, 5);
    assert.equal(res.body.revision.countsByKind.DestinationRule, 4);
    assert.equal(res.body.revision.countsByKind.Gateway, 1);
    assert.equal(res.body.revision.countsByKind.Service, 4);
    assert.equal(res.body.revision.countsByKind.Deployment, 6);
  });

  test('listing by kind returns each object with its file and line', async () => {
    const res = await request(t.app).get('/api/v1/sets/bookinfo/revisions/1/resources?kind=VirtualService').expect(200);
    assert.equal(res.body.totalCount, 5);
    const all = 'bookinfo/networking/virtual-service-all-v1.yaml';
    assert.deepEqual(
      res.body.items.map((r: { namespace: string; name: string; source: { file: string; line: number } }) => [r.namespace, r.name, r.source.file, r.source.line]),
      [
        ['default', 'bookinfo', 'bookinfo/networking/bookinfo-gateway.yaml', 18],
        ['default', 'productpage', all, 1],
        ['default', 'reviews', all, 14],
        ['default', 'ratings', all, 27],
        ['default', 'details', all, 40],
      ],
    );
    const services = await request(t.app).get('/api/v1/sets/bookinfo/revisions/latest/resources?kind=Service&name=reviews').expect(200);
    assert.deepEqual(services.body.items.map((r: { source: { file: string } }) => r.source.file), ['bookinfo/platform/kube/bookinfo.yaml']);
  });

  test('a raw application/yaml body is one file named by ?filename', async () => {
    const file = sample('bookinfo/networking/virtual-service-reviews-v3.yaml');
    const res = await request(t.app)
      .post('/api/v1/sets/raw/revisions?filename=reviews.yaml&defaultNamespace=shop')
      .set('content-type', 'application/yaml')
      .send(file.content)
      .expect(201);
    assert.deepEqual(res.body.revision.files.map((f: { name: string }) => f.name), ['reviews.yaml']);
    const list = await request(t.app).get('/api/v1/sets/raw/revisions/1/resources?object=true').expect(200);
    assert.equal(list.body.items[0].namespace, 'shop');
    assert.equal(list.body.items[0].source.file, 'reviews.yaml');
    assert.equal(list.body.items[0].object.kind, 'VirtualService');
  });

  test('uploading all of networking/ is refused, naming each VirtualService defined twice and both places', async () => {
    const files = samplesIn('bookinfo/networking').map((f) => ({ filename: f.name, content: f.content }));
    const res = await request(t.app).post('/api/v1/sets/all-networking/revisions').send({ files }).expect(422);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(res.body.status, 422);
    assert.equal(res.body.title, 'Invalid manifests');
    const duplicates = res.body.problems.filter((p: { object: string | null; message: string }) => p.object?.startsWith('VirtualService'));
    const objects = new Set(duplicates.map((p: { object: string }) => p.object));
    for (const name of ['reviews', 'ratings', 'details']) {
      assert.ok(objects.has(`VirtualService default/${name}`), `duplicate VirtualService ${name} reported`);
    }
    const reviews = duplicates.filter((p: { object: string }) => p.object === 'VirtualService default/reviews');
    const mentioned = reviews.map((p: { file: string; message: string }) => `${p.file} ${p.message}`).join('\n');
    assert.match(mentioned, /virtual-service-all-v1\.yaml/);
    assert.match(mentioned, /virtual-service-reviews-v3\.yaml/);
    await request(t.app).get('/api/v1/sets/all-networking').expect(404);
  });

  test('a malformed upload returns every problem with file, line and field path', async () => {
    const content = [
      'apiVersion: networking.istio.io/v1',
      'kind: VirtualService',
      'metadata: {name: bad-regex}',
      'spec:',
      '  hosts: [reviews]',
      '  http:',
      '  - match:',
      '    - uri: {regex: "(unclosed"}',
      '    route:',
      '    - destination: {host: reviews}',
      '---',
      'kind: Service',
      'metadata: {name: no-api-version}',
      '---',
      'key: [unclosed',
    ].join('\n');
    const res = await request(t.app).post('/api/v1/sets/bad/revisions?filename=bad.yaml').set('content-type', 'text/yaml').send(content).expect(422);
    assert.ok(res.body.problems.length >= 3, JSON.stringify(res.body.problems));
    const regex = res.body.problems.find((p: { fieldPath: string | null }) => p.fieldPath === 'spec.http[0].match[0].uri.regex');
    assert.ok(regex, 'regex problem names its field');
    assert.equal(regex.file, 'bad.yaml');
    assert.equal(regex.line, 8);
    assert.ok(res.body.problems.some((p: { docIndex: number; line: number | null }) => p.docIndex === 2 && p.line !== null), 'syntax error has a line');
    assert.ok(res.body.problems.every((p: { file: string }) => p.file === 'bad.yaml'));
    await request(t.app).get('/api/v1/sets/bad').expect(404);
  });

  test('unsupported content type and malformed JSON are clear problems', async () => {
    const media = await request(t.app).post('/api/v1/sets/x/revisions').set('content-type', 'application/xml').send('<a/>').expect(415);
    assert.equal(media.body.code, 'UNSUPPORTED_MEDIA_TYPE');
    const json = await request(t.app).post('/api/v1/sets/x/revisions').set('content-type', 'application/json').send('{"files": [').expect(400);
    assert.equal(json.body.detail, 'The request body is not valid JSON.');
    const shape = await request(t.app).post('/api/v1/sets/x/revisions').send({ files: [] }).expect(400);
    assert.match(shape.body.detail, /files/);
  });
});

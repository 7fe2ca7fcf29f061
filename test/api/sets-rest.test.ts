import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { sample } from '../helpers/samples.js';

describe('REST sets, revisions, resources', () => {
  let t: TestApp;
  const upload = (set: string, file: string) =>
    request(t.app).post(`/api/v1/sets/${set}/revisions?filename=${encodeURIComponent(file)}`).set('content-type', 'application/yaml').send(sample(file).content);
  before(async () => {
    t = await createTestApp();
    for (const set of ['alpha', 'bravo', 'charlie']) await upload(set, 'helloworld/helloworld.yaml').expect(201);
    await upload('alpha', 'httpbin/httpbin.yaml').expect(201);
  });
  after(() => t.close());

  test('revisions are numbered 1..n per set', async () => {
    const third = await upload('alpha', 'sleep/sleep.yaml').expect(201);
    assert.equal(third.body.revision.number, 3);
    const list = await request(t.app).get('/api/v1/sets/alpha/revisions').expect(200);
    assert.deepEqual(list.body.items.map((r: { number: number }) => r.number), [1, 2, 3]);
    const one = await request(t.app).get('/api/v1/sets/alpha/revisions/2').expect(200);
    assert.deepEqual(one.body.files.map((f: { name: string }) => f.name), ['httpbin/httpbin.yaml']);
  });

  test('concurrent uploads to one set get distinct numbers', async () => {
    const results = await Promise.all([1, 2, 3].map(() => upload('delta', 'helloworld/helloworld.yaml').expect(201)));
    assert.deepEqual(results.map((r) => r.body.revision.number).sort(), [1, 2, 3]);
  });

  test('GET /sets pages by name with limit and cursor', async () => {
    const first = await request(t.app).get('/api/v1/sets?limit=2').expect(200);
    assert.deepEqual(first.body.items.map((s: { name: string }) => s.name), ['alpha', 'bravo']);
    assert.equal(first.body.totalCount, 4);
    const second = await request(t.app).get(`/api/v1/sets?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    assert.deepEqual(second.body.items.map((s: { name: string }) => s.name), ['charlie', 'delta']);
    assert.equal(second.body.nextCursor, null);
    const bad = await request(t.app).get('/api/v1/sets?limit=0').expect(400);
    assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(bad.body.detail, /limit/);
    await request(t.app).get('/api/v1/sets?cursor=bm9wZQ').expect(400);
  });

  test('GET /sets/{name} describes the set and its revisions', async () => {
    const res = await request(t.app).get('/api/v1/sets/alpha').expect(200);
    assert.equal(res.body.name, 'alpha');
    assert.equal(res.body.revisionCount, 3);
    assert.equal(res.body.latestRevision, 3);
    assert.equal(res.body.revisions.length, 3);
    assert.equal(res.body.revisions[0].countsByKind.Deployment, 2);
  });

  test('resources filter by kind, namespace and name and page with cursor', async () => {
    const base = '/api/v1/sets/alpha/revisions/1/resources';
    const all = await request(t.app).get(base).expect(200);
    assert.deepEqual(all.body.items.map((r: { kind: string; name: string }) => `${r.kind}/${r.name}`), ['Service/helloworld', 'Deployment/helloworld-v1', 'Deployment/helloworld-v2']);
    const page1 = await request(t.app).get(`${base}?limit=2`).expect(200);
    const page2 = await request(t.app).get(`${base}?limit=2&cursor=${page1.body.nextCursor}`).expect(200);
    assert.deepEqual([...page1.body.items, ...page2.body.items].map((r: { name: string }) => r.name), all.body.items.map((r: { name: string }) => r.name));
    assert.equal(page2.body.nextCursor, null);
    const byName = await request(t.app).get(`${base}?kind=Deployment&namespace=default&name=helloworld-v2`).expect(200);
    assert.deepEqual(byName.body.items.map((r: { name: string; source: { line: number } }) => [r.name, r.source.line]), [['helloworld-v2', 44]]);
    const none = await request(t.app).get(`${base}?namespace=other`).expect(200);
    assert.equal(none.body.totalCount, 0);
  });

  test('unknown set, revision and route are 404 problems', async () => {
    const set = await request(t.app).get('/api/v1/sets/nope').expect(404);
    assert.deepEqual(Object.keys(set.body).sort(), ['code', 'detail', 'status', 'title', 'type']);
    assert.equal(set.body.detail, 'Manifest set "nope" does not exist.');
    const revision = await request(t.app).get('/api/v1/sets/alpha/revisions/9/resources').expect(404);
    assert.equal(revision.body.detail, 'Manifest set "alpha" has no revision 9.');
    await request(t.app).get('/api/v1/sets/alpha/revisions/zero').expect(400);
    await request(t.app).get('/api/v1/nothing-here').expect(404);
    const name = await upload('Bad Name', 'helloworld/helloworld.yaml').expect(400);
    assert.match(name.body.detail, /Invalid manifest set name/);
  });

  test('DELETE /sets/{name} removes the set and everything in it', async () => {
    await request(t.app).delete('/api/v1/sets/bravo').expect(204);
    await request(t.app).get('/api/v1/sets/bravo').expect(404);
    await request(t.app).delete('/api/v1/sets/bravo').expect(404);
    const list = await request(t.app).get('/api/v1/sets').expect(200);
    assert.deepEqual(list.body.items.map((s: { name: string }) => s.name), ['alpha', 'charlie', 'delta']);
  });
});

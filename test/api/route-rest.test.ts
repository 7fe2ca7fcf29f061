import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, FROM_PRODUCTPAGE, GATEWAY, JASON, networking, type ApiTestApp } from './api-test-app.js';

describe('REST POST /api/v1/sets/{name}/route on bookinfo', () => {
  let t: ApiTestApp;
  const route = (body: unknown, query = '') => request(t.app).post(`/api/v1/sets/bookinfo/route${query}`).send(body as object);
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, GATEWAY, networking('virtual-service-reviews-test-v2')]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-reviews-50-v3')]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-ratings-test-abort')]);
  });
  after(() => t.close());

  test('jason -> subset v2 (cluster and reviews-v2 pods), others -> v1; headers as a map work too', async () => {
    const jason = await route({ host: 'reviews', port: 9080, headers: JASON, source: FROM_PRODUCTPAGE }, '?revision=1').expect(200);
    assert.equal(jason.body.outcome, 'ROUTED');
    assert.deepEqual(jason.body.virtualService, { namespace: 'default', name: 'reviews' });
    assert.equal(jason.body.destinations[0].cluster, 'outbound|9080|v2|reviews.default.svc.cluster.local');
    assert.deepEqual(jason.body.destinations[0].endpoints.map((e: { workload: string }) => e.workload), ['Deployment/default/reviews-v2']);
    const map = await route({ host: 'reviews', port: 9080, headers: { 'end-user': 'jason' } }, '?revision=1').expect(200);
    assert.equal(map.body.destinations[0].subset, 'v2');
    const other = await route({ host: 'reviews', port: 9080 }, '?revision=1').expect(200);
    assert.equal(other.body.destinations[0].cluster, 'outbound|9080|v1|reviews.default.svc.cluster.local');
  });

  test('a list answers a list in the same order: 50/50 on revision 2', async () => {
    const res = await route([{ host: 'reviews', port: 9080 }, { host: 'reviews', port: 9080, headers: JASON }], '?revision=2').expect(200);
    assert.equal(res.body.length, 2);
    for (const path of res.body) assert.deepEqual(path.destinations.map((d: { subset: string; weight: number }) => [d.subset, d.weight]), [['v1', 50], ['v3', 50]]);
  });

  test('ratings abort 500 for jason only; the gateway: /productpage -> productpage:9080, /other -> 404', async () => {
    const abort = await route({ host: 'ratings', port: 9080, headers: JASON }).expect(200);
    assert.deepEqual([abort.body.outcome, abort.body.status], ['FAULT_ABORTED', 500]);
    assert.equal((await route({ host: 'ratings', port: 9080 }).expect(200)).body.outcome, 'ROUTED');
    const page = await route({ host: 'bookinfo.example.com', port: 8080, path: '/productpage', gateway: 'default/bookinfo-gateway' }, '?revision=1').expect(200);
    assert.deepEqual(page.body.destinations.map((d: { cluster: string }) => d.cluster), ['outbound|9080||productpage.default.svc.cluster.local']);
    const other = await route({ host: 'bookinfo.example.com', port: 8080, path: '/other', gateway: 'default/bookinfo-gateway' }, '?revision=1').expect(200);
    assert.deepEqual([other.body.outcome, other.body.status], ['NO_ROUTE', 404]);
  });

  test('?format=text|markdown|mermaid renders the explanation', async () => {
    const text = await route({ host: 'reviews', port: 9080, headers: JASON }, '?revision=1&format=text').expect(200);
    assert.match(text.headers['content-type'], /^text\/plain; charset=utf-8/);
    assert.match(text.text, /subset v2/);
    const markdown = await route({ host: 'reviews', port: 9080, headers: JASON }, '?revision=1&format=markdown').expect(200);
    assert.match(markdown.headers['content-type'], /^text\/markdown/);
    assert.match(markdown.text, /virtual-service-reviews-test-v2\.yaml:\d+/);
    const mermaid = await route({ host: 'reviews', port: 9080 }, '?format=mermaid').expect(200);
    assert.match(mermaid.text, /^(flowchart|graph) /m);
  });

  test('bad input is a 400 problem naming the field; too many requests and unknown sets too', async () => {
    const bad = await route({ host: 'reviews', port: 'x' }).expect(400);
    assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(bad.body.detail, /request\.port/);
    const many = await route(Array.from({ length: 1001 }, () => ({ host: 'reviews' }))).expect(400);
    assert.match(many.body.detail, /limit is 1000/);
    await route({ host: 'reviews' }, '?format=yaml').expect(400);
    await route({ host: 'reviews' }, '?revision=0').expect(400);
    await request(t.app).post('/api/v1/sets/nope/route').send({ host: 'reviews' }).expect(404);
    await route({ host: 'reviews' }, '?revision=9').expect(404);
  });
});

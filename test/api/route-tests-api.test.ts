import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, GATEWAY, networking, type ApiTestApp } from './api-test-app.js';

const CASES = [
  { name: 'jason sees reviews v2', request: { host: 'reviews', port: 9080, headers: { 'end-user': 'jason' } }, expect: { outcome: 'ROUTED', virtualService: 'default/reviews', destinations: [{ host: 'reviews', subset: 'v2' }] } },
  { name: 'everybody else sees v3', request: { host: 'reviews', port: 9080 }, expect: { destinations: [{ host: 'reviews', subset: 'v3' }] } },
  { name: 'the ingress answers 404 outside the exposed paths', request: { host: 'bookinfo.example.com', port: 8080, path: '/admin', gateway: 'default/bookinfo-gateway' }, expect: { outcome: 'NO_ROUTE', status: 404 } },
];

const ROUTE_TESTS = `query($cases: JSON!) { routeTests(set: "bookinfo", cases: $cases) {
  total passed failed results { name passed outcome summary decidedBy failures { field expected actual } } text junit } }`;

interface Report { total: number; passed: number; failed: number; results: { name: string; passed: boolean; decidedBy: string; failures: { field: string; expected: string; actual: string }[] }[]; text: string; junit: string }

describe('routeTests over GraphQL and REST', () => {
  let t: ApiTestApp;
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, GATEWAY, networking('virtual-service-reviews-test-v2')]);
  });
  after(() => t.close());

  test('GraphQL: passing and failing cases, the diff and the route that decided, text and JUnit', async () => {
    const { data } = await t.gql<{ routeTests: Report }>(ROUTE_TESTS, { cases: { cases: CASES } });
    const report = data.routeTests;
    assert.deepEqual([report.total, report.passed, report.failed], [3, 2, 1]);
    assert.deepEqual(report.results.map((r) => r.passed), [true, false, true]);
    const failed = report.results[1];
    assert.equal(failed.failures[0].field, 'destinations');
    assert.match(failed.failures[0].actual, /subset v1/);
    assert.match(failed.decidedBy, /VirtualService default\/reviews, route 1 at bookinfo\/networking\/virtual-service-reviews-test-v2\.yaml:\d+/);
    assert.match(report.text, /^FAIL {2}everybody else sees v3/m);
    assert.match(report.text, /2 passed, 1 failed\n$/);
    assert.match(report.junit, /<testsuite name="mesh-explainer routing tests" tests="3" failures="1"/);
  });

  test('GraphQL: malformed cases are BAD_USER_INPUT naming the path', async () => {
    const res = await t.gql(ROUTE_TESTS, { cases: [{ name: 'no expectation', request: { host: 'reviews' } }] }, { allowErrors: true });
    assert.equal(res.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0].message, /cases\[0\]/);
  });

  test('REST: POST /sets/{name}/route-tests with {cases} or a list; ?format=text|junit', async () => {
    const json = await request(t.app).post('/api/v1/sets/bookinfo/route-tests').send({ cases: CASES }).expect(200);
    assert.deepEqual([json.body.passed, json.body.failed], [2, 1]);
    const onlyPassing = await request(t.app).post('/api/v1/sets/bookinfo/route-tests?revision=1').send([CASES[0], CASES[2]]).expect(200);
    assert.deepEqual([onlyPassing.body.passed, onlyPassing.body.failed], [2, 0]);
    const text = await request(t.app).post('/api/v1/sets/bookinfo/route-tests?format=text').send({ cases: CASES }).expect(200);
    assert.match(text.text, /^PASS {2}jason sees reviews v2/m);
    const junit = await request(t.app).post('/api/v1/sets/bookinfo/route-tests?format=junit').send({ cases: CASES }).expect(200);
    assert.match(junit.headers['content-type'], /^application\/xml/);
    assert.match(junit.text, /^<\?xml version="1.0"/);
    const bad = await request(t.app).post('/api/v1/sets/bookinfo/route-tests').send({ cases: [] }).expect(400);
    assert.match(bad.body.detail, /at least one case/);
  });
});

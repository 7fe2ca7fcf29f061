import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, FROM_PRODUCTPAGE, GATEWAY, JASON, networking, type ApiTestApp } from './api-test-app.js';

const ROUTE_PATH_FIELDS = `
  outcome status responseFlag summary
  virtualService { namespace name }
  route { index name }
  destinations { host port subset weight cluster endpoints { pod workload ip port } }
  rewrite { path authority } redirect { location status }
  fault { abort { status percent } delay { fixedDelay percent } }
  timeout { value isDefault } retries { attempts isDefault }
  steps { stage decision reason source { kind namespace name file line field } rules unverified }
  kubernetes { service { kind namespace name } port targetPort endpoints { pod } note }`;

const ROUTE = `query($set: String!, $revision: Int, $request: RouteRequest!) {
  routePath(set: $set, revision: $revision, request: $request) { ${ROUTE_PATH_FIELDS} markdown text mermaid }
}`;
const ROUTES = `query($set: String!, $revision: Int, $requests: [RouteRequest!]!) {
  routePaths(set: $set, revision: $revision, requests: $requests) { outcome summary destinations { subset weight cluster } }
}`;

interface Path {
  outcome: string; status: number | null; summary: string; virtualService: { name: string } | null; route: { index: number } | null;
  destinations: { host: string; subset: string | null; weight: number; cluster: string; endpoints: { pod: string; workload: string }[] }[];
  fault: { abort: { status: number; percent: number } | null } | null;
  steps: { stage: string; decision: string; source: { file: string; line: number } | null; rules: string[] }[];
  kubernetes: { service: { name: string }; targetPort: number; endpoints: { pod: string }[] };
  markdown: string; text: string; mermaid: string;
}

describe('GraphQL routePath and routePaths on bookinfo', () => {
  let t: ApiTestApp;
  const route = async (request: Record<string, unknown>, revision?: number) =>
    (await t.gql<{ routePath: Path }>(ROUTE, { set: 'bookinfo', revision, request })).data.routePath;
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, GATEWAY, networking('virtual-service-reviews-test-v2')]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-reviews-50-v3')]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-ratings-test-abort')]);
  });
  after(() => t.close());

  test('jason goes to subset v2: cluster outbound|9080|v2|reviews..., only the reviews-v2 pods, cited steps', async () => {
    const path = await route({ host: 'reviews', port: 9080, path: '/reviews/0', headers: JASON, source: FROM_PRODUCTPAGE }, 1);
    assert.equal(path.outcome, 'ROUTED');
    assert.equal(path.virtualService?.name, 'reviews');
    assert.equal(path.route?.index, 0);
    assert.equal(path.destinations.length, 1);
    const [destination] = path.destinations;
    assert.equal(destination.subset, 'v2');
    assert.equal(destination.cluster, 'outbound|9080|v2|reviews.default.svc.cluster.local');
    assert.deepEqual(destination.endpoints.map((e) => e.workload), ['Deployment/default/reviews-v2']);
    const match = path.steps.find((s) => s.stage === 'match' && s.decision === 'matched');
    assert.equal(match?.source?.file, 'bookinfo/networking/virtual-service-reviews-test-v2.yaml');
    assert.ok(match!.rules.length > 0);
    assert.deepEqual(path.kubernetes.endpoints.map((e) => e.pod).sort(), ['default/reviews-v1-pod-0', 'default/reviews-v2-pod-0', 'default/reviews-v3-pod-0']);
    assert.match(path.markdown, /virtual-service-reviews-test-v2\.yaml:\d+/);
    assert.match(path.text, /subset v2/);
    assert.match(path.mermaid, /^(flowchart|graph) /m);
  });

  test('everybody else goes to subset v1', async () => {
    for (const headers of [[], [{ name: 'end-user', value: 'mike' }]]) {
      const path = await route({ host: 'reviews', port: 9080, headers, source: FROM_PRODUCTPAGE }, 1);
      assert.deepEqual(path.destinations.map((d) => [d.subset, d.cluster]), [['v1', 'outbound|9080|v1|reviews.default.svc.cluster.local']]);
    }
  });

  test('virtual-service-reviews-50-v3 splits 50/50 between v1 and v3', async () => {
    const path = await route({ host: 'reviews', port: 9080 }, 2);
    assert.deepEqual(path.destinations.map((d) => [d.subset, d.weight]), [['v1', 50], ['v3', 50]]);
  });

  test('virtual-service-ratings-test-abort answers 500 for jason only (latest revision by default)', async () => {
    const jason = await route({ host: 'ratings', port: 9080, headers: JASON });
    assert.equal(jason.outcome, 'FAULT_ABORTED');
    assert.equal(jason.status, 500);
    assert.deepEqual(jason.fault?.abort, { status: 500, percent: 100 });
    const other = await route({ host: 'ratings', port: 9080 });
    assert.equal(other.outcome, 'ROUTED');
    assert.equal(other.status, null);
  });

  test('through bookinfo-gateway on 8080: /productpage reaches productpage:9080, /other gets 404', async () => {
    const productpage = await route({ host: 'bookinfo.example.com', port: 8080, path: '/productpage', gateway: 'default/bookinfo-gateway' }, 1);
    assert.equal(productpage.outcome, 'ROUTED');
    assert.deepEqual(productpage.destinations.map((d) => d.cluster), ['outbound|9080||productpage.default.svc.cluster.local']);
    const other = await route({ host: 'bookinfo.example.com', port: 8080, path: '/other', gateway: 'default/bookinfo-gateway' }, 1);
    assert.equal(other.outcome, 'NO_ROUTE');
    assert.equal(other.status, 404);
  });

  test('routePaths answers each request in order', async () => {
    const requests = [{ host: 'reviews', port: 9080, headers: JASON }, { host: 'reviews', port: 9080 }];
    const { data } = await t.gql<{ routePaths: Path[] }>(ROUTES, { set: 'bookinfo', revision: 1, requests });
    assert.deepEqual(data.routePaths.map((p) => p.destinations.map((d) => d.subset)), [['v2'], ['v1']]);
  });

  test('routePaths refuses more than 1000 requests with BAD_USER_INPUT', async () => {
    const requests = Array.from({ length: 1001 }, () => ({ host: 'reviews' }));
    const res = await t.gql(ROUTES, { set: 'bookinfo', requests }, { allowErrors: true });
    assert.equal(res.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0].message, /1001 route requests in one call; the limit is 1000/);
  });

  test('a bad request and an unknown set are clear errors', async () => {
    const bad = await t.gql(ROUTE, { set: 'bookinfo', request: { host: 'reviews', path: 'no-slash' } }, { allowErrors: true });
    assert.equal(bad.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(bad.errors![0].message, /request\.path/);
    const missing = await t.gql(ROUTE, { set: 'nope', request: { host: 'reviews' } }, { allowErrors: true });
    assert.equal(missing.errors?.[0].extensions.code, 'NOT_FOUND');
  });

  test('a second query on the same revision reuses the cached index', async () => {
    await route({ host: 'details', port: 9080 }, 2);
    const before = t.services.indexCache.stats();
    await route({ host: 'details', port: 9080, path: '/again' }, 2);
    const after = t.services.indexCache.stats();
    assert.equal(after.builds, before.builds);
    assert.equal(after.hits, before.hits + 1);
  });
});

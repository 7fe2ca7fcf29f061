import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, networking, SEED, type ApiTestApp } from './api-test-app.js';

const DIFFERENCES = `query($kind: ResourceKind!, $versus: ResourceKind, $set: String, $host: String, $namespace: String) {
  differences(kind: $kind, versus: $versus, set: $set, host: $host, namespace: $namespace) {
    summary markdown text
    general { kind versus kindName versusName dimensions { id title kind { value explanation docUrl rules } versus { value docUrl } } comparableWith }
    concrete {
      host namespace kind
      service { name fqdn ports { port targetPort readyEndpoints sharePercent } }
      requests {
        label samePods difference request { path headers { name value } }
        derivedFrom { match routeIndex }
        kubernetes { workloads endpoints { pod } }
        mesh { outcome status responseFlag destinations { subset weight workloads endpoints { pod } } }
      }
      summary { aspect kubernetes mesh }
    }
  }
}`;

interface Request { samePods: boolean; difference: string; request: { path: string }; derivedFrom: { match: string; routeIndex: number | null }; kubernetes: { workloads: string[]; endpoints: { pod: string }[] }; mesh: { outcome: string; status: number | null; destinations: { subset: string; weight: number; workloads: string[]; endpoints: { pod: string }[] }[] } }
interface Answer { summary: string; markdown: string; general: { kind: string; versus: string; dimensions: { id: string; kind: { value: string; docUrl: string } }[] }; concrete: { service: { ports: { port: number; targetPort: number }[] }; requests: Request[] } | null }

describe('differences over GraphQL and REST', () => {
  let t: ApiTestApp;
  before(async () => {
    t = await createApiTestApp();
    await t.upload('seed', [], [{ name: 'seed.yaml', content: SEED }]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-reviews-50-v3')]);
  });
  after(() => t.close());

  test('VIRTUAL_SERVICE vs SERVICE (default): every dimension, purpose and traffic management filled in, no concrete part', async () => {
    const { data } = await t.gql<{ differences: Answer }>(DIFFERENCES, { kind: 'VIRTUAL_SERVICE' });
    const answer = data.differences;
    assert.deepEqual([answer.general.kind, answer.general.versus], ['VIRTUAL_SERVICE', 'SERVICE']);
    assert.deepEqual(answer.general.dimensions.map((d) => d.id), ['purpose', 'osi-layer', 'enforced-by', 'target-selection', 'traffic-management', 'no-match-behaviour', 'scope-visibility', 'dependency', 'typical-mistakes']);
    assert.ok(answer.general.dimensions.every((d) => d.kind.value.length > 0 && d.kind.docUrl.startsWith('https://')));
    assert.equal(answer.concrete, null);
    assert.match(answer.summary, /^VirtualService vs Service/);
    assert.match(answer.markdown, /\|/);
  });

  test('seed example: /api/... reaches the same Pods both ways; outside /api Kubernetes reaches them, the mesh answers 404', async () => {
    const { data } = await t.gql<{ differences: Answer }>(DIFFERENCES, { kind: 'VIRTUAL_SERVICE', set: 'seed', host: 'example-service' });
    const concrete = data.differences.concrete!;
    assert.deepEqual(concrete.service.ports.map((p) => [p.port, p.targetPort]), [[80, 8080]]);
    const api = concrete.requests.find((r) => r.derivedFrom.routeIndex === 0)!;
    assert.match(api.request.path, /^\/api\//);
    assert.deepEqual([api.mesh.outcome, api.samePods, api.kubernetes.endpoints.length], ['ROUTED', true, 2]);
    const outside = concrete.requests.find((r) => r.derivedFrom.match === 'no route')!;
    assert.deepEqual([outside.mesh.outcome, outside.mesh.status, outside.samePods, outside.kubernetes.endpoints.length], ['NO_ROUTE', 404, false, 2]);
  });

  test('bookinfo 50-v3: Kubernetes spreads over v1, v2, v3; the mesh splits 50/50 between v1 and v3', async () => {
    const { data } = await t.gql<{ differences: Answer }>(DIFFERENCES, { kind: 'VIRTUAL_SERVICE', set: 'bookinfo', host: 'reviews', namespace: 'default' });
    const [only] = data.differences.concrete!.requests;
    assert.deepEqual([...only.kubernetes.workloads].sort(), ['reviews-v1', 'reviews-v2', 'reviews-v3']);
    assert.deepEqual(only.mesh.destinations.map((d) => [d.subset, d.weight, d.workloads]), [['v1', 50, ['reviews-v1']], ['v3', 50, ['reviews-v3']]]);
  });

  test('a host without a set, or a pair that is not supported, is BAD_USER_INPUT', async () => {
    const noSet = await t.gql(DIFFERENCES, { kind: 'VIRTUAL_SERVICE', host: 'reviews' }, { allowErrors: true });
    assert.equal(noSet.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    const enumError = await t.gql(DIFFERENCES, { kind: 'POD' }, { allowErrors: true });
    assert.equal(enumError.errors?.[0].extensions.code, 'BAD_USER_INPUT');
  });

  test('REST: GET /differences/{kind}?versus=&format= and GET /sets/{name}/differences?host=', async () => {
    const general = await request(t.app).get('/api/v1/differences/VirtualService').expect(200);
    assert.deepEqual([general.body.general.kind, general.body.general.versus, general.body.concrete], ['VIRTUAL_SERVICE', 'SERVICE', null]);
    const versus = await request(t.app).get('/api/v1/differences/virtual-service?versus=DestinationRule').expect(200);
    assert.equal(versus.body.general.versus, 'DESTINATION_RULE');
    const markdown = await request(t.app).get('/api/v1/differences/VIRTUAL_SERVICE?format=markdown').expect(200);
    assert.match(markdown.headers['content-type'], /^text\/markdown/);
    const unknown = await request(t.app).get('/api/v1/differences/Pod').expect(400);
    assert.match(unknown.body.detail, /Supported kinds: Service, VirtualService/);
    const seed = await request(t.app).get('/api/v1/sets/seed/differences?host=example-service').expect(200);
    const outside = seed.body.concrete.requests.find((r: Request) => r.derivedFrom.match === 'no route');
    assert.deepEqual([outside.mesh.outcome, outside.samePods], ['NO_ROUTE', false]);
    const bookinfo = await request(t.app).get('/api/v1/sets/bookinfo/differences?host=reviews&namespace=default&format=text').expect(200);
    assert.match(bookinfo.text, /reviews-v1, reviews-v2 and reviews-v3/);
    await request(t.app).get('/api/v1/sets/seed/differences').expect(400);
  });
});

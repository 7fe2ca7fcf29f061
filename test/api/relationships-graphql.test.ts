import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, GATEWAY, networking, type ApiTestApp } from './api-test-app.js';

const GHOST = {
  name: 'ghost.yaml',
  content: 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: ghost, namespace: default}\nspec:\n  hosts: [ghost]\n  http:\n  - route: [{destination: {host: nonexistent}}]\n',
};

const LATEST = (fields: string) => `query { manifestSet(name: "bookinfo") { latest { ${fields} } } }`;

interface Named { name: string }

describe('GraphQL relationship fields and relationships(...) on bookinfo + virtual-service-all-v1', () => {
  let t: ApiTestApp;
  const latest = async <T>(fields: string) => (await t.gql<{ manifestSet: { latest: T } }>(LATEST(fields))).data.manifestSet.latest;
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, GATEWAY, networking('virtual-service-all-v1')], [GHOST]);
  });
  after(() => t.close());

  test('Service reviews selects the pods of reviews-v1, -v2 and -v3; its VirtualService and DestinationRule; source and yaml', async () => {
    const { services } = await latest<{ services: { pods: (Named & { workload: { kind: string; name: string } })[]; virtualServices: Named[]; destinationRules: Named[]; source: { file: string; line: number }; yaml: string }[] }>(
      'services(namespace: "default", name: "reviews") { pods { name workload { kind name } } virtualServices { name } destinationRules { name } source { file line } yaml }');
    assert.equal(services.length, 1);
    const [reviews] = services;
    assert.deepEqual(reviews.pods.map((p) => p.workload.name).sort(), ['reviews-v1', 'reviews-v2', 'reviews-v3']);
    assert.equal(reviews.pods[0].workload.kind, 'Deployment');
    // bookinfo's VirtualService has host "*", which covers reviews too (for bookinfo-gateway only).
    assert.deepEqual(reviews.virtualServices.map((v) => v.name).sort(), ['bookinfo', 'reviews']);
    assert.deepEqual(reviews.destinationRules.map((d) => d.name), ['reviews']);
    assert.equal(reviews.source.file, 'bookinfo/platform/kube/bookinfo.yaml');
    assert.ok(reviews.source.line > 1);
    assert.match(reviews.yaml, /^apiVersion: v1\nkind: Service\nmetadata:\n {2}name: reviews\n/);
  });

  test("productpage's port 9080 resolves its targetPort to 9080 on its pod", async () => {
    const { services } = await latest<{ services: { ports: { port: number; targetPort: number; protocol: string; istioProtocol: string; endpoints: { port: number; pod: Named }[] }[] }[] }>(
      'services(name: "productpage") { ports { port targetPort protocol istioProtocol endpoints { port pod { name } } } }');
    const [port] = services[0].ports;
    assert.equal(port.port, 9080);
    assert.equal(port.targetPort, 9080);
    assert.equal(port.istioProtocol, 'HTTP');
    assert.deepEqual(port.endpoints.map((e) => [e.pod.name, e.port]), [['productpage-v1-pod-0', 9080]]);
  });

  test('subset v2 of DestinationRule reviews selects only reviews-v2', async () => {
    const { destinationRules } = await latest<{ destinationRules: { subsets: (Named & { labels: Record<string, string>; pods: Named[]; source: { line: number } })[] }[] }>(
      'destinationRules(name: "reviews") { subsets { name labels pods { name } source { line } } }');
    const v2 = destinationRules[0].subsets.find((s) => s.name === 'v2')!;
    assert.deepEqual(v2.labels, { version: 'v2' });
    assert.deepEqual(v2.pods.map((p) => p.name), ['reviews-v2-pod-0']);
  });

  test('VirtualService reviews reaches only reviews-v1; its host resolves to Service reviews with a reason', async () => {
    const { virtualServices } = await latest<{ virtualServices: { hosts: { raw: string; resolution: string; reason: string; services: Named[] }[]; gateways: { normalized: string; status: string }[]; destinations: { subset: string; status: string; pods: Named[]; destinationRule: Named }[] }[] }>(
      'virtualServices(name: "reviews") { hosts { raw resolution reason services { name } } gateways { normalized status } destinations { subset status pods { name } destinationRule { name } } }');
    const [reviews] = virtualServices;
    assert.deepEqual(reviews.hosts.map((h) => [h.raw, h.resolution, h.services.map((s) => s.name)]), [['reviews', 'Service', ['reviews']]]);
    assert.match(reviews.hosts[0].reason, /short name "reviews" expanded/);
    assert.deepEqual(reviews.gateways.map((g) => g.normalized), ['mesh']);
    assert.deepEqual(reviews.destinations.map((d) => [d.subset, d.status, d.pods.map((p) => p.name), d.destinationRule.name]), [['v1', 'OK', ['reviews-v1-pod-0'], 'reviews']]);
  });

  test('Pod and Workload link back: reviews-v1 pod is reached by VirtualService reviews, reviews-v2 by none', async () => {
    const { pods } = await latest<{ pods: (Named & { services: Named[]; virtualServices: Named[]; workload: Named & { pods: Named[] }; source: { field: string } })[] }>(
      'pods(namespace: "default") { name services { name } virtualServices { name } workload { name pods { name } } source { field } }');
    const byName = new Map(pods.map((p) => [p.name, p]));
    assert.deepEqual(byName.get('reviews-v1-pod-0')!.virtualServices.map((v) => v.name), ['reviews']);
    assert.deepEqual(byName.get('reviews-v2-pod-0')!.virtualServices, []);
    assert.deepEqual(byName.get('reviews-v2-pod-0')!.services.map((s) => s.name), ['reviews']);
    assert.equal(byName.get('reviews-v2-pod-0')!.workload.name, 'reviews-v2');
    assert.equal(byName.get('reviews-v2-pod-0')!.source.field, 'spec.template');
  });

  test('Gateway bookinfo-gateway: servers, the VirtualService bound to it, and no gateway pod in the set', async () => {
    const { gateways } = await latest<{ gateways: { servers: { index: number; port: { number: number }; hosts: string[] }[]; virtualServices: { virtualService: Named; status: string }[]; pods: Named[]; podsAssumed: boolean }[] }>(
      'gateways { servers { index port { number } hosts } virtualServices { virtualService { name } status } pods { name } podsAssumed }');
    const [gateway] = gateways;
    assert.deepEqual(gateway.servers, [{ index: 0, port: { number: 8080 }, hosts: ['*'] }]);
    assert.deepEqual(gateway.virtualServices.map((b) => [b.virtualService.name, b.status]), [['bookinfo', 'OK']]);
    assert.deepEqual(gateway.pods, []);
    assert.equal(gateway.podsAssumed, true);
  });

  test('a destination host that does not exist is MISSING with a reason, and a finding on the object', async () => {
    const { virtualServices } = await latest<{ virtualServices: { destinations: { host: string; status: string; reason: string }[]; diagnostics: { code: string; severity: string; source: { line: number } }[] }[] }>(
      'virtualServices(name: "ghost") { destinations { host status reason } diagnostics { code severity source { line } } }');
    const [destination] = virtualServices[0].destinations;
    assert.equal(destination.status, 'MISSING');
    assert.match(destination.reason, /unknown host nonexistent\.default\.svc\.cluster\.local/);
    assert.ok(virtualServices[0].diagnostics.some((f) => f.severity === 'ERROR' && f.source.line === 7));
  });

  test('relationships(...) returns nodes, edges with status and reason, and Mermaid; REST /graph mirrors it', async () => {
    const query = `query($kind: String!, $name: String!) { relationships(set: "bookinfo", kind: $kind, name: $name, depth: 1) {
      summary nodes { id kind name source { file line } } edges { from to kind status reason } mermaid } }`;
    const { data } = await t.gql<{ relationships: { nodes: { id: string }[]; edges: { from: string; to: string; kind: string; status: string; reason: string }[]; mermaid: string } }>(query, { kind: 'VirtualService', name: 'ghost' });
    const graph = data.relationships;
    const missing = graph.edges.find((e) => e.kind === 'routes-to')!;
    assert.deepEqual([missing.from, missing.to, missing.status], ['VirtualService/default/ghost', 'Service/default/nonexistent', 'MISSING']);
    assert.match(missing.reason, /unknown host/);
    assert.match(graph.mermaid, /^(flowchart|graph) /m);
    const rest = await request(t.app).get('/api/v1/sets/bookinfo/graph?kind=Service&name=reviews&depth=1').expect(200);
    const selected = rest.body.edges.filter((e: { kind: string }) => e.kind === 'selects').map((e: { to: string }) => e.to).sort();
    assert.deepEqual(selected, ['Pod/default/reviews-v1-pod-0', 'Pod/default/reviews-v2-pod-0', 'Pod/default/reviews-v3-pod-0']);
    const mermaid = await request(t.app).get('/api/v1/sets/bookinfo/graph?kind=Service&name=reviews&format=mermaid').expect(200);
    assert.match(mermaid.text, /^(flowchart|graph) /m);
    const unknown = await request(t.app).get('/api/v1/sets/bookinfo/graph?kind=Service&name=nope').expect(404);
    assert.match(unknown.body.detail, /Service default\/nope is not in the manifest set/);
    await request(t.app).get('/api/v1/sets/bookinfo/graph?kind=Service').expect(400);
  });

  test('workloads, serviceEntries and sidecars list by kind and name', async () => {
    const found = await latest<{ workloads: { kind: string; name: string; services: Named[] }[]; serviceEntries: Named[]; sidecars: Named[] }>(
      'workloads(kind: "deployment", name: "ratings-v1") { kind name services { name } } serviceEntries { name } sidecars { name }');
    assert.deepEqual(found.workloads, [{ kind: 'Deployment', name: 'ratings-v1', services: [{ name: 'ratings' }] }]);
    assert.deepEqual([found.serviceEntries, found.sidecars], [[], []]);
  });
});

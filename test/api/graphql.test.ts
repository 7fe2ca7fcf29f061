import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import request from 'supertest';
import { createGraphQLServer, DEFAULT_GRAPHQL_LIMITS } from '../../src/api/graphql/server.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { BOOKINFO_REVISION, sample, samplesIn } from '../helpers/samples.js';

const UPLOAD = `mutation Upload($set: String!, $files: [ManifestFileInput!]!, $description: String) {
  uploadManifests(set: $set, files: $files, description: $description) {
    ok
    revision { number setName files { name size sha256 } countsByKind { kind count } }
    warnings { code file message }
    problems { code file docIndex line column object fieldPath message }
  }
}`;

const RESOURCES = `query Resources($name: String!, $kind: String, $first: Int, $after: String) {
  manifestSet(name: $name) {
    name description revisionCount
    latest {
      number
      resources(kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { apiVersion kind namespace name labels source { file line column } yaml } }
      }
    }
  }
}`;

describe('GraphQL', () => {
  let t: TestApp;
  const gql = (query: string, variables: Record<string, unknown> = {}) => request(t.app).post('/graphql').send({ query, variables });
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('uploadManifests stores bookinfo as one revision', async () => {
    const res = await gql(UPLOAD, { set: 'bookinfo', files: BOOKINFO_REVISION.map(sample), description: 'Bookinfo' }).expect(200);
    const payload = res.body.data.uploadManifests;
    assert.equal(payload.ok, true);
    assert.deepEqual(payload.problems, []);
    assert.equal(payload.revision.number, 1);
    assert.equal(payload.revision.setName, 'bookinfo');
    assert.deepEqual(payload.revision.files.map((f: { name: string }) => f.name), BOOKINFO_REVISION);
    assert.match(payload.revision.files[0].sha256, /^[0-9a-f]{64}$/);
    const counts = Object.fromEntries(payload.revision.countsByKind.map((c: { kind: string; count: number }) => [c.kind, c.count]));
    assert.equal(counts.VirtualService, 5);
    assert.equal(counts.ServiceAccount, 4);
  });

  test('resources by kind carry source file, line, labels and YAML', async () => {
    const res = await gql(RESOURCES, { name: 'bookinfo', kind: 'DestinationRule' }).expect(200);
    const set = res.body.data.manifestSet;
    assert.equal(set.description, 'Bookinfo');
    const connection = set.latest.resources;
    assert.equal(connection.totalCount, 4);
    const reviews = connection.edges.map((e: { node: unknown }) => e.node).find((n: { name: string }) => n.name === 'reviews');
    assert.deepEqual(reviews.source, { file: 'bookinfo/networking/destination-rule-all.yaml', line: 12, column: 1 });
    assert.equal(reviews.namespace, 'default');
    assert.match(reviews.yaml, /^apiVersion: networking\.istio\.io\/v1\nkind: DestinationRule\n/);
    assert.match(reviews.yaml, /subsets:\n/);
    const services = await gql(RESOURCES, { name: 'bookinfo', kind: 'Service', first: 1 }).expect(200);
    assert.deepEqual(services.body.data.manifestSet.latest.resources.edges[0].node.labels, { app: 'details', service: 'details' });
  });

  test('resources paginate with first/after', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: request.Response = await gql(RESOURCES, { name: 'bookinfo', kind: 'Deployment', first: 4, after }).expect(200);
      const connection: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.body.data.manifestSet.latest.resources;
      seen.push(...connection.edges.map((e) => e.node.name));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    assert.deepEqual(seen, ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1']);
  });

  test('a refused upload is payload data: ok false, every problem, nothing stored', async () => {
    const res = await gql(UPLOAD, { set: 'networking', files: samplesIn('bookinfo/networking') }).expect(200);
    const payload = res.body.data.uploadManifests;
    assert.equal(res.body.errors, undefined);
    assert.equal(payload.ok, false);
    assert.equal(payload.revision, null);
    const objects = new Set(payload.problems.map((p: { object: string }) => p.object));
    for (const name of ['reviews', 'ratings', 'details']) assert.ok(objects.has(`VirtualService default/${name}`));
    for (const problem of payload.problems) assert.equal(problem.code, 'duplicate-object');
    const missing = await gql('query { manifestSet(name: "networking") { name } }').expect(200);
    assert.equal(missing.body.data.manifestSet, null);
  });

  test('manifestSets is a Relay connection; revisions number 1..n; revision(number) and latest', async () => {
    await gql(UPLOAD, { set: 'bookinfo', files: [sample('bookinfo/networking/virtual-service-reviews-v3.yaml')] }).expect(200);
    await gql(UPLOAD, { set: 'helloworld', files: [sample('helloworld/helloworld.yaml')] }).expect(200);
    const res = await gql(`{
      manifestSets(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name revisionCount } } }
      manifestSet(name: "bookinfo") { revisions { number } revision(number: 1) { number files { name } } latest { number files { name } } }
    }`).expect(200);
    const { manifestSets, manifestSet } = res.body.data;
    assert.equal(manifestSets.totalCount, 2);
    assert.deepEqual(manifestSets.edges.map((e: { node: unknown }) => e.node), [{ name: 'bookinfo', revisionCount: 2 }]);
    assert.equal(manifestSets.pageInfo.hasNextPage, true);
    const next = await gql('query($after: String) { manifestSets(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }', { after: manifestSets.pageInfo.endCursor }).expect(200);
    assert.deepEqual(next.body.data.manifestSets.edges.map((e: { node: { name: string } }) => e.node.name), ['helloworld']);
    assert.equal(next.body.data.manifestSets.pageInfo.hasNextPage, false);
    assert.deepEqual(manifestSet.revisions.map((r: { number: number }) => r.number), [1, 2]);
    assert.equal(manifestSet.revision.files.length, 4);
    assert.deepEqual(manifestSet.latest, { number: 2, files: [{ name: 'bookinfo/networking/virtual-service-reviews-v3.yaml' }] });
  });

  test('deleteManifestSet removes the set; deleting again reports deleted: false', async () => {
    const del = '{ name deleted }';
    const first = await gql(`mutation { deleteManifestSet(name: "helloworld") ${del} }`).expect(200);
    assert.deepEqual(first.body.data.deleteManifestSet, { name: 'helloworld', deleted: true });
    const second = await gql(`mutation { deleteManifestSet(name: "helloworld") ${del} }`).expect(200);
    assert.deepEqual(second.body.data.deleteManifestSet, { name: 'helloworld', deleted: false });
  });

  test('bad input is a GraphQL error with extensions.code and no stack trace', async () => {
    const res = await gql('{ manifestSets(first: 0) { totalCount } }').expect(200);
    assert.equal(res.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(res.body.errors[0].message, /Page size must be an integer from 1 to 500/);
    assert.equal(JSON.stringify(res.body).includes('stacktrace'), false);
    const name = await gql(UPLOAD, { set: 'Not A Name', files: [sample('helloworld/helloworld.yaml')] }).expect(200);
    assert.equal(name.body.errors[0].extensions.code, 'BAD_USER_INPUT');
  });

  test('graphql-armor refuses too deep and too aliased queries', async () => {
    const server = createGraphQLServer(pino({ level: 'silent' }), { ...DEFAULT_GRAPHQL_LIMITS, maxDepth: 4 });
    await server.start();
    try {
      const context = { contextValue: { services: t.services, logger: pino({ level: 'silent' }) } };
      const deep = await server.executeOperation({ query: '{ manifestSet(name: "x") { latest { resources { edges { node { source { file } } } } } } }' }, context);
      assert.equal(deep.body.kind, 'single');
      assert.match(String(deep.body.kind === 'single' && deep.body.singleResult.errors?.[0].message), /depth/i);
    } finally {
      await server.stop();
    }
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: manifestSet(name: "x") { name }`).join(' ')} }`;
    const refused = await gql(aliases);
    assert.equal(refused.body.data, undefined);
    assert.match(refused.body.errors[0].message, /aliases/i);
    const fine = await gql(`{ ${Array.from({ length: 3 }, (_, i) => `a${i}: manifestSet(name: "x") { name }`).join(' ')} }`).expect(200);
    assert.deepEqual(fine.body.data, { a0: null, a1: null, a2: null });
  });

  test('an unexpected failure is INTERNAL_SERVER_ERROR without internals', async () => {
    const original = t.services.listSets;
    t.services.listSets = async () => {
      throw new Error('relation "ManifestSet" does not exist at /work/main/src/store/x.ts:1');
    };
    try {
      const res = await gql('{ manifestSets { totalCount } }');
      assert.equal(res.body.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
      assert.equal(res.body.errors[0].message, 'An unexpected error occurred; it has been logged.');
      assert.doesNotMatch(JSON.stringify(res.body), /relation|\/work\/main|stack/);
    } finally {
      t.services.listSets = original;
    }
  });
});

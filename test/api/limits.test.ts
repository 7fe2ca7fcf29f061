import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const TABLES = ['ManifestSet', 'Revision', 'RevisionFile', 'Resource', '_prisma_migrations'];

function configMaps(count: number, namespace = 'default'): string {
  return Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: ${namespace}\n  labels: {app: a${i % 7}}\ndata:\n  key: value-${i}\n`).join('---\n');
}

describe('limits and atomicity', () => {
  let t: TestApp;
  let client: pg.Client;
  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count)])));
  before(async () => {
    t = await createTestApp({ bodyLimit: 64 * 1024 });
    client = new pg.Client(t.database.url);
    await client.connect();
    await request(t.app).post('/api/v1/sets/base/revisions').set('content-type', 'application/yaml').send(configMaps(3)).expect(201);
  });
  after(async () => {
    await client.end();
    await t.close();
  });

  test('a body over BODY_LIMIT is a 413 problem for REST (YAML and JSON) and GraphQL', async () => {
    const big = 'x'.repeat(70 * 1024);
    const raw = await request(t.app).post('/api/v1/sets/big/revisions').set('content-type', 'application/yaml').send(big).expect(413);
    assert.equal(raw.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(raw.body.title, 'Payload too large');
    assert.equal(raw.body.detail, 'The request body is larger than the limit of 65536 bytes (BODY_LIMIT).');
    await request(t.app).post('/api/v1/sets/big/revisions').send({ files: [{ filename: 'a.yaml', content: big }] }).expect(413);
    const graphql = await request(t.app).post('/graphql').send({ query: 'mutation($c: String!) { uploadManifests(set: "big", files: [{name: "a", content: $c}]) { ok } }', variables: { c: big } }).expect(413);
    assert.equal(graphql.body.errors[0].extensions.code, 'PAYLOAD_TOO_LARGE');
    await request(t.app).get('/api/v1/sets/big').expect(404);
  });

  test('1,000 good documents and one bad one store nothing', async () => {
    const before = await counts();
    const bad = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: broken}\nspec:\n  hosts: [a]\n  http:\n  - match:\n    - uri: {regex: "[z-a]"}\n    route: [{destination: {host: a}}]\n';
    const body = { files: [{ filename: 'good.yaml', content: configMaps(1000) }, { filename: 'bad.yaml', content: bad }] };
    const big = await createTestApp();
    try {
      const res = await request(big.app).post('/api/v1/sets/base/revisions').send(body).expect(422);
      assert.deepEqual(res.body.problems.map((p: { file: string; fieldPath: string }) => [p.file, p.fieldPath]), [['bad.yaml', 'spec.http[0].match[0].uri.regex']]);
      const other = new pg.Client(big.database.url);
      await other.connect();
      const resources = Number((await other.query('SELECT count(*) FROM "Resource"')).rows[0].count);
      await other.end();
      assert.equal(resources, 0);
    } finally {
      await big.close();
    }
    assert.deepEqual(await counts(), before);
  });

  test('a failure while storing rolls back the whole revision', async () => {
    const before = await counts();
    // A trigger that fails on the last resource row: the revision and its files must vanish too.
    await client.query(`CREATE FUNCTION fail_last() RETURNS trigger AS $$ BEGIN IF NEW.name = 'cm-499' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await client.query('CREATE TRIGGER fail_last BEFORE INSERT ON "Resource" FOR EACH ROW EXECUTE FUNCTION fail_last()');
    try {
      const res = await request(t.app).post('/api/v1/sets/base/revisions').set('content-type', 'application/yaml').send(configMaps(500)).expect(500);
      assert.equal(res.body.detail, 'An unexpected error occurred; it has been logged.');
      assert.doesNotMatch(JSON.stringify(res.body), /boom|INSERT|stack/);
    } finally {
      await client.query('DROP TRIGGER fail_last ON "Resource"; DROP FUNCTION fail_last()');
    }
    assert.deepEqual(await counts(), before);
    const next = await request(t.app).post('/api/v1/sets/base/revisions').set('content-type', 'application/yaml').send(configMaps(2)).expect(201);
    assert.equal(next.body.revision.number, 2);
  });

  test('30,000 objects are stored in one revision', async () => {
    const big = await createTestApp();
    try {
      const res = await request(big.app).post('/api/v1/sets/large/revisions').send({ files: [{ filename: 'large.yaml', content: configMaps(30_000) }] }).expect(201);
      assert.equal(res.body.revision.countsByKind.ConfigMap, 30_000);
      const page = await request(big.app).get('/api/v1/sets/large/revisions/1/resources?limit=1&name=cm-29999').expect(200);
      assert.equal(page.body.totalCount, 1);
      assert.equal(page.body.items[0].source.line, 29_999 * 9 + 1);
    } finally {
      await big.close();
    }
  });
});

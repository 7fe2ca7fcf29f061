import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const PLAIN = 'hunter2-plain-secret-value';
const ENCODED = Buffer.from('s3cr3t-base64-value').toString('base64');

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: shop
type: Opaque
data:
  password: ${ENCODED}
stringData:
  token: ${PLAIN}
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  selector: {app: db}
  ports: [{port: 5432}]
`;

describe('Secret redaction', () => {
  let t: TestApp;
  let client: pg.Client;
  before(async () => {
    t = await createTestApp();
    client = new pg.Client(t.database.url);
    await client.connect();
  });
  after(async () => {
    await client.end();
    await t.close();
  });

  test('Secret values reach no table; metadata is kept and the warnings say so', async () => {
    const res = await request(t.app).post('/api/v1/sets/secrets/revisions?filename=secret.yaml').set('content-type', 'application/yaml').send(SECRET).expect(201);
    assert.equal(res.body.revision.countsByKind.Secret, 1);
    assert.ok(res.body.warnings.some((w: { object: string | null; message: string }) => w.object === 'Secret shop/db-credentials' && /data/.test(w.message)));
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename as string);
    assert.ok(tables.includes('Resource') && tables.includes('RevisionFile'));
    for (const table of tables) {
      const rows = await client.query(`SELECT t::text AS row FROM "${table}" t`);
      for (const { row } of rows.rows) {
        assert.doesNotMatch(row, new RegExp(PLAIN), `${table} holds the stringData value`);
        assert.doesNotMatch(row, new RegExp(ENCODED), `${table} holds the data value`);
      }
    }
    const stored = await request(t.app).get('/api/v1/sets/secrets/revisions/1/resources?kind=Secret&object=true').expect(200);
    assert.equal(stored.body.items[0].name, 'db-credentials');
    assert.equal(stored.body.items[0].object.data, undefined);
    assert.equal(stored.body.items[0].object.stringData, undefined);
  });
});

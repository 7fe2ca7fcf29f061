import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../src/api/app.js';
import { createServices } from '../../src/service/index.js';
import { connectPrisma, createStore } from '../../src/store/index.js';
import { createTestDatabase } from '../helpers/db.js';

describe('health endpoints', () => {
  test('/healthz answers while /readyz follows the database: 200 ready, 503 when not', async () => {
    const database = await createTestDatabase();
    const { prisma, pool } = connectPrisma(database.url, 1);
    let ready = true;
    const { app, graphql } = await createApp({
      services: createServices(createStore(prisma)),
      logger: pino({ level: 'silent' }),
      bodyLimit: 1024,
      ready: async () => ready,
    });
    try {
      assert.deepEqual((await request(app).get('/healthz').expect(200)).body, { status: 'ok' });
      assert.deepEqual((await request(app).get('/readyz').expect(200)).body, { status: 'ready' });
      ready = false;
      assert.deepEqual((await request(app).get('/readyz').expect(503)).body, { status: 'not ready' });
      await request(app).get('/healthz').expect(200);
      const unknown = await request(app).get('/nowhere').expect(404);
      assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');
    } finally {
      await graphql.stop();
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await database.drop();
    }
  });
});

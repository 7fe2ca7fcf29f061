// A real app over a fresh test database, for supertest.
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { createServices, type ServiceOptions, type Services } from '../../src/service/index.js';
import { connectPrisma, createStore } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface TestApp {
  app: Express;
  services: Services;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(options: { bodyLimit?: number; services?: ServiceOptions } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const { prisma, pool } = connectPrisma(database.url, 4);
  const logger = pino({ level: 'silent' });
  const services = createServices(createStore(prisma), options.services ?? {});
  const { app, graphql } = await createApp({ services, logger, bodyLimit: options.bodyLimit ?? 20 * 1024 * 1024, ready: async () => true });
  return {
    app,
    services,
    database,
    close: async () => {
      await graphql.stop();
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await database.drop();
    },
  };
}

// The real app over a fresh test database, with the options main.ts passes (API token, MCP at /mcp),
// plus upload and GraphQL helpers for the engine API tests.
import assert from 'node:assert/strict';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../src/api/app.js';
import { createMcpHttpHandler, mcpDepsFromServices } from '../../src/mcp/index.js';
import { createServices, type Services } from '../../src/service/index.js';
import { connectPrisma, createStore } from '../../src/store/index.js';
import { createTestDatabase } from '../helpers/db.js';
import { sample } from '../helpers/samples.js';
import { SEED_EXAMPLE_YAML } from '../fixtures/seed-example.js';

export interface ApiTestApp {
  app: Express;
  services: Services;
  /** POST /graphql; fails the test on GraphQL errors unless `allowErrors`. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { allowErrors?: boolean; token?: string }): Promise<{ data: T; errors?: { message: string; extensions: { code: string } }[] }>;
  /** Uploads sample files (paths under ../shared/samples) as one new revision through REST; returns its number. */
  upload(set: string, files: readonly string[], extra?: { name: string; content: string }[]): Promise<number>;
  close(): Promise<void>;
}

export async function createApiTestApp(options: { apiToken?: string; withMcp?: boolean } = {}): Promise<ApiTestApp> {
  const database = await createTestDatabase();
  const { prisma, pool } = connectPrisma(database.url, 4);
  const logger = pino({ level: 'silent' });
  const services = createServices(createStore(prisma), {});
  const mcp = options.withMcp ? createMcpHttpHandler(mcpDepsFromServices(services)) : undefined;
  const { app, graphql } = await createApp({ services, logger, bodyLimit: 20 * 1024 * 1024, ready: async () => true, apiToken: options.apiToken, mcp });
  const auth = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    app,
    services,
    async gql(query, variables = {}, opts = {}) {
      const res = await request(app).post('/graphql').set(auth(opts.token ?? options.apiToken)).send({ query, variables });
      if (!opts.allowErrors) assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
      return res.body;
    },
    async upload(set, files, extra = []) {
      const body = { files: [...files.map(sample), ...extra].map((f) => ({ filename: f.name, content: f.content })) };
      const res = await request(app).post(`/api/v1/sets/${set}/revisions`).set(auth(options.apiToken)).send(body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.revision.number as number;
    },
    close: async () => {
      await graphql.stop();
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await database.drop();
    },
  };
}

export const BOOKINFO = 'bookinfo/platform/kube/bookinfo.yaml';
export const DESTINATION_RULES = 'bookinfo/networking/destination-rule-all.yaml';
export const GATEWAY = 'bookinfo/networking/bookinfo-gateway.yaml';
export const networking = (name: string) => `bookinfo/networking/${name}.yaml`;

export const JASON = [{ name: 'end-user', value: 'jason' }];
export const FROM_PRODUCTPAGE = { namespace: 'default', labels: { app: 'productpage' } };

export const SEED = SEED_EXAMPLE_YAML;

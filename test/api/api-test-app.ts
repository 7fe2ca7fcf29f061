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

export const SEED = `apiVersion: v1
kind: Service
metadata: {name: example-service, namespace: default}
spec:
  selector: {app: example-app}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: example-app, namespace: default}
spec:
  replicas: 2
  selector: {matchLabels: {app: example-app}}
  template:
    metadata: {labels: {app: example-app}}
    spec:
      containers: [{name: app, image: example/app:1, ports: [{containerPort: 8080}]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: example-virtualservice, namespace: default}
spec:
  hosts: [example-service]
  http:
  - match: [{uri: {prefix: /api}}]
    route: [{destination: {host: example-service, port: {number: 80}}}]
`;

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Express } from 'express';
import request from 'supertest';
import { restOperations } from '../../src/api/rest/index.js';
import { expressPath, type Operation } from '../../src/api/rest/operation.js';
import { BOOKINFO_REVISION } from '../helpers/samples.js';
import { createApiTestApp, type ApiTestApp } from './api-test-app.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface Layer { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } }

/** `METHOD /path` of every route registered in a router nested in the app (the REST API); app-level routes are not REST. */
function nestedRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], depth: number) => {
    for (const layer of stack) {
      if (layer.route && depth > 0) for (const method of Object.keys(layer.route.methods)) out.push(`${method.toUpperCase()} ${layer.route.path}`);
      if (layer.handle?.stack) walk(layer.handle.stack, depth + 1);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, 0);
  return out.sort();
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe('OpenAPI 3.1 at GET /api/v1/openapi.json', () => {
  let t: ApiTestApp;
  let doc: Json;
  let operations: Operation[];
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', BOOKINFO_REVISION);
    await t.upload('to-delete', [BOOKINFO_REVISION[0]]);
    doc = (await request(t.app).get('/api/v1/openapi.json').expect(200).expect('content-type', /application\/json/)).body;
    operations = restOperations(t.services);
  });
  after(() => t.close());

  test('the document has the OpenAPI 3.1 structure: every path has operations, each with responses', () => {
    assert.equal(doc.openapi, '3.1.0');
    const info = doc.info as Json;
    assert.ok(typeof info.title === 'string' && typeof info.version === 'string');
    const paths = doc.paths as Record<string, Record<string, Json>>;
    assert.ok(Object.keys(paths).length >= 13);
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      assert.match(path, /^\//);
      const methods = Object.keys(item);
      assert.ok(methods.length > 0 && methods.every((m) => METHODS.includes(m)), `${path}: ${methods.join(',')}`);
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        assert.ok(typeof operation.operationId === 'string' && !operationIds.has(operation.operationId), `${where}: unique operationId`);
        operationIds.add(operation.operationId as string);
        const responses = operation.responses as Record<string, Json>;
        assert.ok(Object.keys(responses).some((s) => /^2\d\d$/.test(s)), `${where}: a success response`);
        for (const [status, response] of Object.entries(responses)) {
          assert.match(status, /^[1-5]\d\d$/);
          assert.equal(typeof response.description, 'string', `${where} ${status}: description`);
        }
        const parameters = operation.parameters as { name: string; in: string; required: boolean; schema: Json }[];
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          assert.ok(parameters.some((p) => p.name === name && p.in === 'path' && p.required), `${where}: path parameter ${name}`);
        }
        assert.ok(parameters.every((p) => ['path', 'query'].includes(p.in) && typeof p.schema === 'object'));
      }
    }
    const components = doc.components as { schemas: Json };
    for (const ref of refs(doc)) {
      assert.match(ref, /^#\/components\/schemas\//);
      assert.ok(ref.split('/').pop()! in components.schemas, `${ref} resolves`);
    }
  });

  test('every REST route registered in express is documented, and every documented route is registered', () => {
    const documented = Object.entries(doc.paths as Record<string, Json>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${expressPath(path)}`)).sort();
    assert.deepEqual(nestedRoutes(t.app), documented);
  });

  test('upload, route, differences and diagnostics carry request and response examples that match their schemas', () => {
    const paths = doc.paths as Record<string, Record<string, { requestBody?: { content: Record<string, Json> }; responses: Record<string, { content?: Record<string, Json> }> }>>;
    const hasExamples = (media: Record<string, Json> | undefined) => Object.values(media ?? {}).some((m) => m.examples && Object.keys(m.examples).length > 0);
    for (const [path, method, withRequest] of [['/sets/{name}/revisions', 'post', true], ['/sets/{name}/route', 'post', true], ['/differences/{kind}', 'get', false], ['/sets/{name}/diagnostics', 'get', false]] as const) {
      const operation = paths[path][method];
      if (withRequest) assert.ok(hasExamples(operation.requestBody?.content), `${path}: request example`);
      assert.ok(hasExamples(Object.entries(operation.responses).find(([s]) => s.startsWith('2'))![1].content), `${path}: response example`);
    }
    for (const operation of operations) {
      const media = [...Object.values(operation.requestBody?.content ?? {}), ...Object.values(operation.responses).flatMap((r) => Object.values(r.content ?? {}))];
      for (const { schema, examples } of media) {
        for (const [name, example] of Object.entries(examples ?? {})) {
          const parsed = schema.safeParse(example.value);
          assert.ok(parsed.success, `${operation.operationId} example ${name}: ${parsed.error?.message}`);
        }
      }
    }
  });

  test('every documented operation answers its sample request with a documented status, media type and body', async () => {
    const ordered = [...operations].sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
    assert.deepEqual(ordered.map((o) => `${o.method} ${o.path}`).sort(), Object.entries(doc.paths as Record<string, Json>).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`)).sort());
    for (const operation of ordered) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(operation.sample.params?.[name] ?? ''));
      let call = request(t.app)[operation.method](`/api/v1${path}`).query(operation.sample.query ?? {});
      if (operation.sample.body !== undefined) call = call.send(operation.sample.body as object);
      const res = await call;
      const where = `${operation.method.toUpperCase()} ${operation.path}`;
      assert.match(String(res.status), /^2\d\d$/, `${where} answered ${res.status}: ${res.text.slice(0, 300)}`);
      const documented = operation.responses[res.status];
      assert.ok(documented, `${where}: status ${res.status} is documented`);
      if (!documented.content) continue;
      const mediaType = String(res.headers['content-type']).split(';')[0];
      assert.ok(mediaType in documented.content, `${where}: ${mediaType} is documented`);
      const parsed = documented.content[mediaType].schema.safeParse(res.body);
      assert.ok(parsed.success, `${where}: body matches the documented schema: ${parsed.error?.message}`);
    }
  });

  test('documented error answers are problem+json with the documented status', async () => {
    const notFound = await request(t.app).post('/api/v1/sets/nope/route').send({ host: 'reviews' }).expect(404);
    assert.equal(notFound.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(Object.keys(notFound.body).sort(), ['code', 'detail', 'status', 'title', 'type']);
    const route = (doc.paths as Record<string, Record<string, { responses: Record<string, { content: Json }> }>>)['/sets/{name}/route'].post;
    assert.ok('application/problem+json' in route.responses['404'].content);
    assert.ok('401' in route.responses);
  });
});

import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { ERROR_CODES } from '../../src/errors.js';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, FROM_PRODUCTPAGE, JASON, networking, type ApiTestApp } from './api-test-app.js';

const TOKEN = 'api-test-token-0123456789';

describe('API_TOKEN: bearer token on /api/v1, /graphql and /mcp; MCP streamable HTTP mounted at /mcp', () => {
  let t: ApiTestApp;
  let server: Server;
  let url: URL;
  before(async () => {
    t = await createApiTestApp({ apiToken: TOKEN, withMcp: true });
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, networking('virtual-service-reviews-test-v2')]);
    server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  test('without a token: 401 problem+json with WWW-Authenticate on REST, GraphQL and MCP', async () => {
    for (const call of [
      request(t.app).get('/api/v1/sets'),
      request(t.app).get('/api/v1/openapi.json'),
      request(t.app).post('/api/v1/sets/bookinfo/route').send({ host: 'reviews' }),
      request(t.app).post('/graphql').send({ query: '{ diagnosticRules { code } }' }),
      request(t.app).post('/mcp').send({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    ]) {
      const res = await call.expect(401);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.match(res.headers['www-authenticate'], /^Bearer /);
      assert.deepEqual([res.body.status, res.body.code], [401, 'UNAUTHORIZED']);
    }
  });

  test('the 401 is the UNAUTHORIZED row of the error table (GraphQL UNAUTHENTICATED, MCP isError, CLI exit 1)', async () => {
    assert.deepEqual(ERROR_CODES.UNAUTHORIZED, { httpStatus: 401, title: 'Unauthorized', graphqlCode: 'UNAUTHENTICATED', mcpIsError: true, cliExitCode: 1 });
    const res = await request(t.app).get('/api/v1/sets').expect(401);
    assert.equal(res.headers['www-authenticate'], 'Bearer realm="mesh-explainer"');
    assert.deepEqual(res.body, {
      type: 'urn:mesh-explainer:problem:unauthorized', title: 'Unauthorized', status: 401,
      detail: 'This server requires `Authorization: Bearer <token>` (API_TOKEN).', code: 'UNAUTHORIZED',
    });
  });

  test('a wrong token is 401 too; /healthz and /readyz stay open', async () => {
    const wrong = await request(t.app).get('/api/v1/sets').set('authorization', 'Bearer nope').expect(401);
    assert.equal(wrong.body.detail, 'The bearer token is not valid.');
    await request(t.app).get('/api/v1/sets').set('authorization', `Basic ${TOKEN}`).expect(401);
    await request(t.app).get('/healthz').expect(200);
    await request(t.app).get('/readyz').expect(200);
  });

  test('with the token: REST and GraphQL answer', async () => {
    const res = await request(t.app).post('/api/v1/sets/bookinfo/route').set('authorization', `Bearer ${TOKEN}`)
      .send({ host: 'reviews', port: 9080, headers: JASON, source: FROM_PRODUCTPAGE }).expect(200);
    assert.equal(res.body.destinations[0].subset, 'v2');
    const { data } = await t.gql<{ diagnosticRules: unknown[] }>('{ diagnosticRules { code } }');
    assert.ok(data.diagnosticRules.length > 0);
  });

  test('an MCP client with the token lists the sets and quotes the route_path summary for jason', async () => {
    const client = new Client({ name: 'api-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
    try {
      const { tools } = await client.listTools();
      assert.ok(tools.some((tool) => tool.name === 'route_path'));
      const result = await client.callTool({ name: 'route_path', arguments: { set: 'bookinfo', host: 'reviews', port: 9080, headers: JASON, source: FROM_PRODUCTPAGE } });
      assert.notEqual(result.isError, true);
      const text = (result.content as { text: string }[])[0].text;
      assert.match(text, /VirtualService default\/reviews/);
      assert.match(text, /subset v2/);
    } finally {
      await client.close();
    }
  });

  test('loadConfig reads API_TOKEN; empty means no token', () => {
    assert.equal(loadConfig({ API_TOKEN: 'secret' }).API_TOKEN, 'secret');
    assert.equal(loadConfig({ API_TOKEN: '' }).API_TOKEN, undefined);
    assert.equal(loadConfig({}).API_TOKEN, undefined);
  });
});

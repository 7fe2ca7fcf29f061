import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import express from 'express';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createMcpHttpHandler, mcpDepsFromServices } from '../../src/mcp/index.js';
import { BOOKINFO_KUBE, NETWORKING, REPO } from '../cli/run-cli.js';
import { callTool, JASON_REQUEST } from './call-tool.js';
import { inMemoryServices } from './in-memory-services.js';

const file = (name: string) => ({ filename: name, content: readFileSync(path.join(REPO, name), 'utf8') });

describe('MCP over streamable HTTP: app.all("/mcp", createMcpHttpHandler(deps))', () => {
  let url: URL;
  let close: () => Promise<void>;
  const client = new Client({ name: 'mesh-explainer-http-test', version: '1.0.0' });
  before(async () => {
    const app = express();
    app.use(express.json({ limit: '20mb' }));
    app.all('/mcp', createMcpHttpHandler(mcpDepsFromServices(inMemoryServices())));
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
    close = () => new Promise((resolve) => server.close(() => resolve()));
    await client.connect(new StreamableHTTPClientTransport(url));
  });
  after(async () => {
    await client.close();
    await close();
  });

  test('every tool, upload included (not read-only), answers with structured content and text', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name), ['list_manifest_sets', 'upload_manifests', 'route_path', 'differences', 'diagnostics', 'relationships', 'describe_resource']);
    assert.equal(tools.find((t) => t.name === 'upload_manifests')?.annotations?.readOnlyHint, false);

    const upload = await callTool(client, 'upload_manifests', {
      set: 'bookinfo',
      files: [file(BOOKINFO_KUBE), file(`${NETWORKING}/destination-rule-all.yaml`), file(`${NETWORKING}/virtual-service-reviews-test-v2.yaml`)],
    });
    assert.equal(upload.structured.revision, 1);
    assert.match(upload.text, /^Stored revision 1 of manifest set "bookinfo" \(.*1 VirtualService/);

    const sets = await callTool(client, 'list_manifest_sets', {});
    assert.deepEqual(sets.structured.sets, [{ name: 'bookinfo', description: null, revisionCount: 1, latestRevision: 1, updatedAt: '2026-01-01T00:00:00.000Z' }]);

    const route = await callTool(client, 'route_path', { set: 'bookinfo', ...JASON_REQUEST });
    assert.match(route.text.split('\n')[0], /VirtualService default\/reviews.*route 0.*subset v2.*virtual-service-reviews-test-v2\.yaml:10/);
    assert.equal(route.structured.decidedBy, 'VirtualService default/reviews, route 0 at ../shared/samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml:10');

    const diagnostics = await callTool(client, 'diagnostics', { set: 'bookinfo', revision: 1 });
    assert.deepEqual(Object.keys(diagnostics.structured.counts as object), ['error', 'warning', 'info']);
    const graph = await callTool(client, 'relationships', { set: 'bookinfo', kind: 'DestinationRule', name: 'reviews', depth: 1 });
    assert.ok((graph.structured.nodes as { id: string }[]).some((n) => n.id === 'Service/default/reviews'));
    const described = await callTool(client, 'describe_resource', { set: 'bookinfo', kind: 'Service', name: 'reviews' });
    assert.equal((described.structured.resource as { kind: string }).kind, 'Service');
    const differences = await callTool(client, 'differences', { kind: 'VirtualService' });
    assert.equal(differences.structured.concrete, null);
  });

  test('a refused upload is a tool error listing every problem as file:line:column: object: field: message', async () => {
    const result = await client.callTool({ name: 'upload_manifests', arguments: { set: 'broken', files: [{ filename: 'web.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: seventy\n' }] } });
    assert.equal(result.isError, true);
    const text = (result.content as { text: string }[])[0].text;
    assert.match(text, /^The upload was refused and nothing was stored \(1 problem\):\nweb\.yaml:7:\d+: Service default\/web: spec\.ports\[0\]\.port: /);
  });

  test('GET and DELETE answer 405: the endpoint is stateless', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(url, { method });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'POST');
    }
  });
});

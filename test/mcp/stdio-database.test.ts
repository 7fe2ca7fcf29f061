// `mesh-explainer mcp` without -f: the stored sets of the database, uploads allowed, and the process
// exits when stdin ends even though a pg pool is open (STACK.md).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { BIN, BOOKINFO_KUBE, NETWORKING, REPO } from '../cli/run-cli.js';
import { callTool, JASON_REQUEST } from './call-tool.js';

describe('MCP over stdio on the database: mesh-explainer mcp', () => {
  let database: TestDatabase;
  before(async () => { database = await createTestDatabase(); });
  after(() => database.drop());

  test('uploads a set, answers route_path on it, and lists it', async () => {
    const client = new Client({ name: 'db-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({
      command: process.execPath, args: [BIN, 'mcp'], cwd: REPO, stderr: 'pipe',
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' } as Record<string, string>,
    }));
    try {
      const files = [BOOKINFO_KUBE, `${NETWORKING}/destination-rule-all.yaml`, `${NETWORKING}/virtual-service-reviews-test-v2.yaml`]
        .map((name) => ({ filename: name, content: readFileSync(path.join(REPO, name), 'utf8') }));
      const upload = await callTool(client, 'upload_manifests', { set: 'bookinfo', files });
      assert.equal(upload.structured.revision, 1);
      const route = await callTool(client, 'route_path', { set: 'bookinfo', ...JASON_REQUEST });
      assert.match(route.text.split('\n')[0], /VirtualService default\/reviews.*subset v2.*virtual-service-reviews-test-v2\.yaml:10/);
      const sets = await callTool(client, 'list_manifest_sets', {});
      assert.deepEqual((sets.structured.sets as { name: string; latestRevision: number }[]).map((s) => [s.name, s.latestRevision]), [['bookinfo', 1]]);
    } finally {
      await client.close();
    }
  });

  test('the process exits with 0 when stdin ends', async () => {
    const child = spawn(process.execPath, [BIN, 'mcp'], { cwd: REPO, env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdin.end(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`);
    assert.equal(await exited, 0);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN, BOOKINFO_KUBE, NETWORKING, REPO } from '../cli/run-cli.js';
import { callTool, JASON_REQUEST, type ToolCall } from './call-tool.js';

const FILES = ['-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/destination-rule-all.yaml`, '-f', `${NETWORKING}/virtual-service-reviews-test-v2.yaml`];

describe('MCP over stdio: mesh-explainer mcp -f FILES (read-only set "local")', () => {
  const client = new Client({ name: 'mesh-explainer-test', version: '1.0.0' });
  let call: ToolCall;
  before(async () => {
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', ...FILES], cwd: REPO, stderr: 'pipe' }));
    call = (name, args) => callTool(client, name, args);
  });
  after(() => client.close());

  test('lists the read-only tools with read-only annotations and output schemas (no upload on local files)', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name), ['list_manifest_sets', 'route_path', 'differences', 'diagnostics', 'relationships', 'describe_resource']);
    for (const tool of tools) {
      assert.equal(tool.annotations?.readOnlyHint, true, tool.name);
      assert.equal(tool.outputSchema?.type, 'object', tool.name);
      assert.match(tool.description ?? '', /Example input: \{/, tool.name);
    }
  });

  test('list_manifest_sets names the set "local"', async () => {
    const answer = await call('list_manifest_sets', {});
    assert.deepEqual((answer.structured.sets as { name: string }[]).map((s) => s.name), ['local']);
    assert.match(answer.text, /^There is 1 manifest set: local\./);
  });

  test('route_path: "why does jason see reviews v2?" answered in one call with VirtualService, route, subset, file and line', async () => {
    const answer = await call('route_path', { set: 'local', ...JASON_REQUEST });
    assert.equal(answer.structured.outcome, 'ROUTED');
    assert.deepEqual(answer.structured.virtualService, { namespace: 'default', name: 'reviews' });
    assert.deepEqual(answer.structured.route, { index: 0, name: null });
    const summary = answer.text.split('\n')[0];
    assert.match(summary, /VirtualService default\/reviews/);
    assert.match(summary, /route 0/);
    assert.match(summary, /subset v2/);
    assert.match(summary, /\.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-reviews-test-v2\.yaml:10/);
    assert.match(answer.text, /\n\n/, 'markdown follows the summary');
  });

  test('diagnostics, relationships, describe_resource and differences answer with structured content and text', async () => {
    const diagnostics = await call('diagnostics', { set: 'local', minSeverity: 'info' });
    assert.ok(Array.isArray(diagnostics.structured.findings));
    assert.match(diagnostics.text, /^(No problems found\.|\d+ findings?: )/);
    const graph = await call('relationships', { set: 'local', kind: 'Service', name: 'reviews', depth: 1 });
    assert.ok((graph.structured.edges as { kind: string; to: string }[]).some((e) => e.kind === 'selects' && e.to === 'Pod/default/reviews-v2-pod-0'));
    assert.match(graph.text, /```mermaid\nflowchart LR/);
    const described = await call('describe_resource', { set: 'local', kind: 'VirtualService', name: 'reviews' });
    assert.deepEqual((described.structured.resource as { source: { file: string; line: number } }).source.file, '../shared/samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml');
    assert.match(described.text, /^VirtualService default\/reviews \(\.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-reviews-test-v2\.yaml:\d+\) has \d+ direct relationships?/);
    const differences = await call('differences', { kind: 'VirtualService', set: 'local', host: 'reviews' });
    assert.equal((differences.structured.general as { kindName: string }).kindName, 'VirtualService');
    assert.equal((differences.structured.concrete as { host: string }).host, 'reviews');
    assert.match(differences.text, /^VirtualService vs Service: /);
  });

  test('errors are tool errors with the clear message, never a stack trace', async () => {
    const unknownSet = await client.callTool({ name: 'route_path', arguments: { set: 'prod', host: 'reviews' } });
    assert.equal(unknownSet.isError, true);
    const text = (unknownSet.content as { text: string }[])[0].text;
    assert.equal(text, 'Manifest set "prod" does not exist; this server serves only the read-only set "local".');
    const badKind = await client.callTool({ name: 'differences', arguments: { kind: 'Deployment' } });
    assert.equal(badKind.isError, true);
    assert.match((badKind.content as { text: string }[])[0].text, /^Unknown kind "Deployment"\. Supported kinds: /);
    const missing = await client.callTool({ name: 'describe_resource', arguments: { set: 'local', kind: 'Service', name: 'nope' } });
    assert.equal(missing.isError, true);
    assert.doesNotMatch((missing.content as { text: string }[])[0].text, /\n\s+at /);
  });
});

import assert from 'node:assert/strict';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

export interface ToolAnswer { structured: Record<string, unknown>; text: string }
export type ToolCall = (name: string, args: Record<string, unknown>) => Promise<ToolAnswer>;

/** Calls a tool that must succeed; returns its structuredContent and its single text content. */
export async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<ToolAnswer> {
  const result = await client.callTool({ name, arguments: args });
  const content = result.content as { type: string; text: string }[];
  assert.notEqual(result.isError, true, `${name} failed: ${content.map((c) => c.text).join('\n')}`);
  assert.equal(content.length, 1);
  assert.equal(content[0].type, 'text');
  assert.ok(result.structuredContent, `${name} returns structuredContent`);
  return { structured: result.structuredContent as Record<string, unknown>, text: content[0].text };
}

export const JASON_REQUEST = {
  host: 'reviews', port: 9080, path: '/reviews/0',
  headers: [{ name: 'end-user', value: 'jason' }],
  source: { namespace: 'default', labels: { app: 'productpage' } },
};

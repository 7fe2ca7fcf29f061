// GET /openapi.json: the document of every operation of /api/v1, this one included.
import { z } from 'zod';
import { buildOpenApi } from './openapi/build-openapi.js';
import { defineOperation, type Operation } from './operation.js';
import { noParams } from './params.js';

const INFO = {
  title: 'mesh-explainer REST API',
  version: '0.1.0',
  description: 'Explains where a request goes in a Kubernetes + Istio mesh, and why, from uploaded manifests. Errors are RFC 9457 problem+json.',
};

/** `others` are every other operation; the document is built once, on first request. */
export function openApiOperations(others: () => readonly Operation[]): Operation[] {
  let document: Record<string, unknown> | null = null;
  const self: Operation = defineOperation({
    method: 'get', path: '/openapi.json', operationId: 'openApi', summary: 'This OpenAPI 3.1 document', tags: ['meta'],
    params: noParams, query: z.object({}), sample: {},
    responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
    handle: (_input, res) => {
      document ??= buildOpenApi([...others(), self], INFO);
      res.json(document);
    },
  });
  return [self];
}

// The OpenAPI 3.1 document, generated from the operations (the same zod schemas the handlers validate with).
import type { Operation, RequestBodyDoc, ResponseDoc } from '../operation.js';
import { jsonSchema, type JsonSchema } from './json-schema.js';

export interface OpenApiInfo { title: string; version: string; description: string }

function parameters(operation: Operation): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [['path', operation.params], ['query', operation.query]] as const) {
    const object = jsonSchema(schema, 'input');
    const required = new Set((object.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((object.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const { description, ...propertySchema } = property;
      out.push({ name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: propertySchema });
    }
  }
  return out;
}

function content(media: RequestBodyDoc['content'], io: 'input' | 'output'): JsonSchema {
  return Object.fromEntries(Object.entries(media).map(([type, doc]) => [type, { schema: jsonSchema(doc.schema, io), ...(doc.examples ? { examples: doc.examples } : {}) }]));
}

function responses(docs: Record<number, ResponseDoc>): JsonSchema {
  return Object.fromEntries(Object.entries(docs).map(([status, doc]) => [status, { description: doc.description, ...(doc.content ? { content: content(doc.content, 'output') } : {}) }]));
}

export function buildOpenApi(operations: readonly Operation[], info: OpenApiInfo): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    paths[operation.path][operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: operation.tags,
      parameters: parameters(operation),
      ...(operation.requestBody ? { requestBody: { required: true, description: operation.requestBody.description, content: content(operation.requestBody.content, 'input') } } : {}),
      responses: {
        ...responses(operation.responses),
        401: { description: 'API_TOKEN is set and the request has no valid `Authorization: Bearer` token', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api/v1' }],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Required when the server sets API_TOKEN.' } },
      schemas: { Problem: PROBLEM_SCHEMA },
    },
  };
}

const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

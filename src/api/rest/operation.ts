// One REST operation = its OpenAPI description, the zod schemas its inputs are validated with, and
// its handler. Routers are built from operations, and /openapi.json from the same list.
import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { parseOrThrow } from './params.js';

export type HttpMethod = 'get' | 'post' | 'delete';

export interface MediaDoc {
  schema: z.ZodType;
  examples?: Record<string, { summary: string; value: unknown }>;
}

export interface ResponseDoc {
  description: string;
  /** Media type -> schema and examples; absent for a response without a body (204). */
  content?: Record<string, MediaDoc>;
}

export interface RequestBodyDoc {
  description: string;
  content: Record<string, MediaDoc>;
}

export interface OperationInput<P, Q> {
  params: P;
  query: Q;
  /** As parsed by express (JSON, or a Buffer for YAML); the handler validates it with the documented schema. */
  body: unknown;
  req: Request;
}

/** A request the OpenAPI test sends to prove the operation answers as documented. */
export interface OperationSample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  contentType?: string;
}

export interface Operation<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: HttpMethod;
  /** OpenAPI form, relative to /api/v1: `/sets/{name}/route`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params: P;
  query: Q;
  requestBody?: RequestBodyDoc;
  responses: Record<number, ResponseDoc>;
  sample: OperationSample;
  handle(input: OperationInput<z.infer<P>, z.infer<Q>>, res: Response): Promise<void> | void;
}

export function defineOperation<P extends z.ZodType, Q extends z.ZodType>(operation: Operation<P, Q>): Operation {
  return operation as unknown as Operation;
}

/** `/sets/{name}/route` -> `/sets/:name/route` */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export function operationsRouter(operations: readonly Operation[]): Router {
  const router = Router();
  for (const operation of operations) {
    router[operation.method](expressPath(operation.path), async (req: Request, res: Response) => {
      const params = parseOrThrow(operation.params, req.params, 'path parameters');
      const query = parseOrThrow(operation.query, req.query, 'query');
      await operation.handle({ params, query, body: req.body, req }, res);
    });
  }
  return router;
}

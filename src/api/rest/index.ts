// /api/v1: body parsing with the configured limit, the operations of every resource, problem+json errors.
// To add a resource: write <resource>-router.ts exporting (services) => Operation[] and list it below;
// it is routed and documented in /openapi.json from the same definition.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../service/index.js';
import { diagnosticsOperations } from './diagnostics-router.js';
import { differencesOperations } from './differences-router.js';
import { graphOperations } from './graph-router.js';
import { openApiOperations } from './openapi-router.js';
import { operationsRouter, type Operation } from './operation.js';
import { problemFor, sendError, sendProblem } from './problem.js';
import { resourcesOperations } from './resources-router.js';
import { revisionsOperations, YAML_MEDIA_TYPES } from './revisions-router.js';
import { routeOperations } from './route-router.js';
import { routeTestsOperations } from './route-tests-router.js';
import { setsOperations } from './sets-router.js';

export const restResources: readonly ((services: Services) => Operation[])[] = [
  setsOperations, revisionsOperations, resourcesOperations, routeOperations, routeTestsOperations,
  graphOperations, diagnosticsOperations, differencesOperations,
];

/** Every operation of /api/v1, /openapi.json last. */
export function restOperations(services: Services): Operation[] {
  const operations = restResources.flatMap((resource) => resource(services));
  return [...operations, ...openApiOperations(() => operations)];
}

export function createRestApi(services: Services, options: { bodyLimit: number; logger: Logger }): Router {
  const api = Router();
  api.use(express.raw({ type: YAML_MEDIA_TYPES, limit: options.bodyLimit }));
  api.use(express.json({ limit: options.bodyLimit }));
  api.use(operationsRouter(restOperations(services)));
  api.use((req, res) => sendProblem(res, problemFor('NOT_FOUND', `No route ${req.method} ${req.baseUrl}${req.path}.`)));
  api.use(restErrorHandler(options.logger, options.bodyLimit));
  return api;
}

export function bodyParserError(error: unknown, bodyLimit: number): AppError | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${bodyLimit} bytes (BODY_LIMIT).`);
  }
  if (type === 'entity.parse.failed') return new AppError('BAD_INPUT', 'The request body is not valid JSON.');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset or content encoding.');
  }
  return null;
}

export function restErrorHandler(logger: Logger, bodyLimit: number) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const problem = sendError(res, bodyParserError(error, bodyLimit) ?? error);
    if (problem.status >= 500) logger.error({ err: error }, 'request failed');
  };
}

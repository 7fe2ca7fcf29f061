// /api/v1: body parsing with the configured limit, one router per resource, problem+json errors.
// To add a resource: write <resource>-router.ts exporting (services) => Router and list it below.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../service/index.js';
import { problemFor, sendError, sendProblem } from './problem.js';
import { resourcesRouter } from './resources-router.js';
import { revisionsRouter, YAML_MEDIA_TYPES } from './revisions-router.js';
import { setsRouter } from './sets-router.js';

export const restRouters: readonly ((services: Services) => Router)[] = [setsRouter, revisionsRouter, resourcesRouter];

export function createRestApi(services: Services, options: { bodyLimit: number; logger: Logger }): Router {
  const api = Router();
  api.use(express.raw({ type: YAML_MEDIA_TYPES, limit: options.bodyLimit }));
  api.use(express.json({ limit: options.bodyLimit }));
  for (const router of restRouters) api.use(router(services));
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

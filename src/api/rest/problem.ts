// RFC 9457 problem details. Only AppError messages reach the client; anything else is a generic 500.
import type { Response } from 'express';
import { ERROR_CODES, toAppError, type ErrorCode, type ErrorDetail } from '../../errors.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  problems?: readonly ErrorDetail[];
  [extension: string]: unknown;
}

export function problemFor(code: ErrorCode, detail: string, extra: Record<string, unknown> = {}): ProblemDocument {
  const mapping = ERROR_CODES[code];
  return {
    type: `urn:mesh-explainer:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: mapping.title,
    status: mapping.httpStatus,
    detail,
    code,
    ...extra,
  };
}

export function sendProblem(res: Response, problem: ProblemDocument): void {
  res.status(problem.status).type('application/problem+json').json(problem);
}

export function sendError(res: Response, error: unknown): ProblemDocument {
  const appError = toAppError(error);
  const problem = problemFor(appError.code, appError.message, appError.details.length ? { problems: appError.details } : {});
  sendProblem(res, problem);
  return problem;
}

// Optional bearer token (API_TOKEN): every request through this middleware must carry it; 401 problem otherwise.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { problemFor, sendProblem } from './rest/problem.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests so neither the length nor the content of the token leaks through timing. */
export function requireBearerToken(token: string) {
  const expected = digest(token);
  return (req: Request, res: Response, next: NextFunction): void => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (match && timingSafeEqual(digest(match[1]), expected)) return next();
    const detail = match ? 'The bearer token is not valid.' : 'This server requires `Authorization: Bearer <token>` (API_TOKEN).';
    res.set('www-authenticate', 'Bearer realm="mesh-explainer"');
    sendProblem(res, problemFor('UNAUTHORIZED', detail));
  };
}

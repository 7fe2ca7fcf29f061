// A tiny REST server for the remote CLI test: just the endpoints the CLI calls, answered by the
// src/service/explain use cases on an in-memory index (the real REST routes live in src/api).
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { AppError, ERROR_CODES, toAppError } from '../../src/errors.js';
import type { MeshIndex } from '../../src/mesh/index/types.js';
import {
  analyze, compareDifferences, explainRoute, explainRoutes, indexManifests, relationshipsGraph, runRouteTests,
} from '../../src/service/explain/index.js';

export const TOKEN = 'test-token';

export async function startRemoteTestServer(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const sets = new Map<string, { revision: number; index: MeshIndex }>();
  const requests: string[] = [];
  const app = express();
  app.use(express.json({ limit: '20mb' }));
  app.use((req, res, next) => {
    requests.push(`${req.method} ${req.originalUrl}`);
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.status(401).json({ title: 'Unauthorized', status: 401, detail: 'A bearer token is required.' });
      return;
    }
    next();
  });
  const setIndex = (req: Request): MeshIndex => {
    const set = sets.get(String(req.params.name));
    if (!set) throw new AppError('NOT_FOUND', `Manifest set "${String(req.params.name)}" does not exist.`);
    return set.index;
  };
  const handle = (fn: (req: Request) => unknown) => (req: Request, res: Response) => {
    try {
      res.json(fn(req));
    } catch (error) {
      const appError = toAppError(error);
      const mapping = ERROR_CODES[appError.code];
      res.status(mapping.httpStatus).json({ title: mapping.title, status: mapping.httpStatus, code: appError.code, detail: appError.message, ...(appError.details.length ? { problems: appError.details } : {}) });
    }
  };
  app.post('/api/v1/sets/:name/revisions', handle((req) => {
    const body = req.body as { files: { filename: string; content: string }[] };
    const local = indexManifests(body.files.map((f) => ({ name: f.filename, content: f.content })));
    const revision = (sets.get(String(req.params.name))?.revision ?? 0) + 1;
    sets.set(String(req.params.name), { revision, index: local.index });
    return { revision: { setName: req.params.name, number: revision, countsByKind: local.countsByKind, files: local.files.map((name) => ({ name })) }, warnings: [] };
  }));
  app.post('/api/v1/sets/:name/route', handle((req) => (Array.isArray(req.body) ? explainRoutes(setIndex(req), req.body) : explainRoute(setIndex(req), req.body))));
  app.get('/api/v1/sets/:name/graph', handle((req) => relationshipsGraph(setIndex(req), {
    kind: String(req.query.kind), namespace: String(req.query.namespace ?? 'default'), name: String(req.query.name), depth: req.query.depth ? Number(req.query.depth) : null,
  })));
  app.get('/api/v1/sets/:name/diagnostics', handle((req) => analyze(setIndex(req), { minSeverity: req.query.minSeverity ? String(req.query.minSeverity) : null })));
  app.get('/api/v1/sets/:name/differences', handle((req) => compareDifferences({
    kind: String(req.query.kind ?? 'VirtualService'), versus: req.query.versus ? String(req.query.versus) : null, host: String(req.query.host), namespace: req.query.namespace ? String(req.query.namespace) : null,
  }, setIndex(req))));
  app.post('/api/v1/sets/:name/route-tests', handle((req) => runRouteTests(setIndex(req), (req.body as { cases: unknown }).cases)));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

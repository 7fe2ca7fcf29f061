// GET /sets, GET /sets/{name}, DELETE /sets/{name}
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Services } from '../../service/index.js';
import { pageQuery, parseOrThrow } from './params.js';
import { revisionJson, setJson } from './representations.js';

const listQuery = z.object(pageQuery);

export function setsRouter(services: Services): Router {
  const router = Router();
  router.get('/sets', async (req, res) => {
    const query = parseOrThrow(listQuery, req.query, 'query');
    const page = await services.listSets(query.limit, query.cursor);
    res.json({ items: page.edges.map((e) => setJson(e.node)), nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null, totalCount: page.totalCount });
  });
  router.get('/sets/:name', async (req, res) => {
    const set = await services.getSet(req.params.name);
    const revisions = await services.listRevisions(set.id);
    res.json({ ...setJson(set), revisions: revisions.map(revisionJson) });
  });
  router.delete('/sets/:name', async (req, res) => {
    if (!(await services.deleteSet(req.params.name))) throw new AppError('NOT_FOUND', `Manifest set "${req.params.name}" does not exist.`);
    res.status(204).end();
  });
  return router;
}

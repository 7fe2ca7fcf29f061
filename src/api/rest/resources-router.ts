// GET /sets/{name}/revisions/{n|latest}/resources?kind&namespace&name&limit&cursor&object=true
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../service/index.js';
import { pageQuery, parseOrThrow, revisionParam } from './params.js';
import { resourceJson } from './representations.js';

const resourcesQuery = z.object({
  kind: z.string().min(1).optional(),
  namespace: z.string().optional(),
  name: z.string().min(1).optional(),
  object: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});

export function resourcesRouter(services: Services): Router {
  const router = Router();
  router.get('/sets/:name/revisions/:revision/resources', async (req, res) => {
    const number = parseOrThrow(revisionParam, req.params.revision, 'revision number');
    const query = parseOrThrow(resourcesQuery, req.query, 'query');
    const revision = await services.getRevision(req.params.name, number);
    const page = await services.listResources(revision.id, { ...query, first: query.limit ?? null, after: query.cursor ?? null });
    res.json({
      revision: revision.number,
      items: page.edges.map((e) => resourceJson(e.node, query.object === 'true')),
      nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
      totalCount: page.totalCount,
    });
  });
  return router;
}

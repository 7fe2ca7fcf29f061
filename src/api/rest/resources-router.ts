// GET /sets/{name}/revisions/{n|latest}/resources?kind&namespace&name&limit&cursor&object=true
import { z } from 'zod';
import type { Services } from '../../service/index.js';
import { defineOperation, type Operation } from './operation.js';
import { pageQuery, revisionParam } from './params.js';
import { resourceJson } from './representations.js';
import { resourcePageSchema } from './schemas/manifest-sets.js';
import { badInput, notFound } from './schemas/problem.js';

const resourcesQuery = z.object({
  kind: z.string().min(1).optional(),
  namespace: z.string().optional().describe('`""` selects cluster-scoped objects'),
  name: z.string().min(1).optional(),
  object: z.enum(['true', 'false']).optional().describe('true: include the stored object'),
  ...pageQuery,
});

const params = z.object({ name: z.string().min(1), revision: revisionParam.describe('Revision number or `latest`') });

export function resourcesOperations(services: Services): Operation[] {
  return [defineOperation({
    method: 'get', path: '/sets/{name}/revisions/{revision}/resources', operationId: 'listResources',
    summary: 'Resources of a revision in upload order', tags: ['manifest sets'],
    params, query: resourcesQuery, sample: { params: { name: 'bookinfo', revision: 'latest' }, query: { kind: 'Service' } },
    responses: {
      200: { description: 'A page of resources', content: { 'application/json': { schema: resourcePageSchema } } },
      400: badInput('Invalid path parameters: revision: Invalid input'),
      404: notFound('Manifest set "nope" does not exist.'),
    },
    handle: async ({ params: p, query }, res) => {
      const revision = await services.getRevision(p.name, p.revision);
      const page = await services.listResources(revision.id, { ...query, first: query.limit ?? null, after: query.cursor ?? null });
      res.json({
        revision: revision.number,
        items: page.edges.map((e) => resourceJson(e.node, query.object === 'true')),
        nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
        totalCount: page.totalCount,
      });
    },
  })];
}

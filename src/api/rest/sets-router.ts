// GET /sets, GET /sets/{name}, DELETE /sets/{name}
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Services } from '../../service/index.js';
import { defineOperation, type Operation } from './operation.js';
import { noParams, pageQuery, setParams } from './params.js';
import { revisionJson, setJson } from './representations.js';
import { setPageSchema, setWithRevisionsSchema } from './schemas/manifest-sets.js';
import { badInput, notFound } from './schemas/problem.js';

const listQuery = z.object(pageQuery);
const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

export function setsOperations(services: Services): Operation[] {
  return [
    defineOperation({
      method: 'get', path: '/sets', operationId: 'listManifestSets', summary: 'Manifest sets, by name', tags: ['manifest sets'],
      params: noParams, query: listQuery, sample: { query: { limit: '10' } },
      responses: { 200: { description: 'A page of sets', content: json(setPageSchema) }, 400: badInput('Invalid query: limit: Too small: expected number to be >=1') },
      handle: async ({ query }, res) => {
        const page = await services.listSets(query.limit, query.cursor);
        res.json({ items: page.edges.map((e) => setJson(e.node)), nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null, totalCount: page.totalCount });
      },
    }),
    defineOperation({
      method: 'get', path: '/sets/{name}', operationId: 'getManifestSet', summary: 'One set with its revisions', tags: ['manifest sets'],
      params: setParams, query: z.object({}), sample: { params: { name: 'bookinfo' } },
      responses: { 200: { description: 'The set', content: json(setWithRevisionsSchema) }, 404: notFound('Manifest set "nope" does not exist.') },
      handle: async ({ params }, res) => {
        const set = await services.getSet(params.name);
        res.json({ ...setJson(set), revisions: (await services.listRevisions(set.id)).map(revisionJson) });
      },
    }),
    defineOperation({
      method: 'delete', path: '/sets/{name}', operationId: 'deleteManifestSet', summary: 'Delete the set and all its revisions', tags: ['manifest sets'],
      params: setParams, query: z.object({}), sample: { params: { name: 'to-delete' } },
      responses: { 204: { description: 'Deleted' }, 404: notFound('Manifest set "nope" does not exist.') },
      handle: async ({ params }, res) => {
        if (!(await services.deleteSet(params.name))) throw new AppError('NOT_FOUND', `Manifest set "${params.name}" does not exist.`);
        res.status(204).end();
      },
    }),
  ];
}

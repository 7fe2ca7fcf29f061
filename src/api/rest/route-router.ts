// POST /sets/{name}/route: one RouteRequest or a list (at most MAX_ROUTE_REQUESTS), JSON or rendered.
import { z } from 'zod';
import type { RoutePath } from '../../mesh/routing/types.js';
import { checkRouteBatchSize, MAX_ROUTE_REQUESTS } from '../../service/api-queries/index.js';
import { explainRoute, explainRoutes, renderRoutePath, routeRequestSchema } from '../../service/explain/index.js';
import type { Services } from '../../service/index.js';
import { JASON_REQUEST, ROUTE_PATH_EXAMPLE } from './examples.js';
import { defineOperation, type Operation } from './operation.js';
import { revisionOf, revisionQuery, setParams } from './params.js';
import { routePathSchema } from './schemas/route-path.js';
import { badInput, notFound } from './schemas/problem.js';
import { sendText } from './send-text.js';

const routeQuery = z.object({
  ...revisionQuery,
  format: z.enum(['json', 'text', 'markdown', 'mermaid']).default('json').describe('json: the RoutePath contract; text, markdown, mermaid: renderings (a list is joined by blank lines)'),
});

export const routeBody = z.union([routeRequestSchema, z.array(routeRequestSchema).min(1).max(MAX_ROUTE_REQUESTS)]);

export function routeOperations(services: Services): Operation[] {
  return [defineOperation({
    method: 'post', path: '/sets/{name}/route', operationId: 'routePath', tags: ['routing'],
    summary: 'Where a request goes, step by step, and what plain Kubernetes would do instead',
    description: `The body is one RouteRequest (answer: one RoutePath) or a list of at most ${MAX_ROUTE_REQUESTS} (answer: a list in the same order). Headers may also be a {name: value} map.`,
    params: setParams, query: routeQuery, sample: { params: { name: 'bookinfo' }, body: JASON_REQUEST },
    requestBody: {
      description: 'A RouteRequest (DESIGN.md "Route explanation contract") or a list of them.',
      content: { 'application/json': { schema: routeBody, examples: { jason: { summary: 'jason asks reviews from productpage', value: JASON_REQUEST } } } },
    },
    responses: {
      200: {
        description: 'The RoutePath (or a list); with ?format=text|markdown|mermaid, the rendering',
        content: {
          'application/json': { schema: z.union([routePathSchema, z.array(routePathSchema)]), examples: { jason: { summary: 'jason goes to subset v2', value: ROUTE_PATH_EXAMPLE } } },
          'text/markdown': { schema: z.string() },
        },
      },
      400: badInput('invalid route request:\nrequest.host: Invalid input: expected string, received undefined'),
      404: notFound('Manifest set "nope" does not exist.'),
    },
    handle: async ({ params, query, body }, res) => {
      if (Array.isArray(body)) checkRouteBatchSize(body.length);
      const { index } = await services.loadIndex(params.name, revisionOf(query));
      const answer: RoutePath | RoutePath[] = Array.isArray(body) ? explainRoutes(index, body) : explainRoute(index, body);
      if (query.format === 'json') return void res.json(answer);
      const paths = Array.isArray(answer) ? answer : [answer];
      sendText(res, query.format, paths.map((p) => renderRoutePath(p, query.format as 'text' | 'markdown' | 'mermaid')).join('\n'));
    },
  })];
}

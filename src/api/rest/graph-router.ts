// GET /sets/{name}/graph?kind=&namespace=&name=&depth=&format=json|mermaid
import { z } from 'zod';
import { relationshipsGraph } from '../../service/explain/index.js';
import type { Services } from '../../service/index.js';
import { defineOperation, type Operation } from './operation.js';
import { revisionOf, revisionQuery, setParams } from './params.js';
import { graphSchema } from './schemas/answers.js';
import { badInput, notFound } from './schemas/problem.js';
import { sendText } from './send-text.js';

const graphQuery = z.object({
  ...revisionQuery,
  kind: z.string().min(1).describe('Service, Pod, Deployment, VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar, ...'),
  namespace: z.string().min(1).default('default'),
  name: z.string().min(1),
  depth: z.coerce.number().int().min(0).max(6).optional().describe('Hops from the object, default 2'),
  format: z.enum(['json', 'mermaid']).default('json'),
});

export function graphOperations(services: Services): Operation[] {
  return [defineOperation({
    method: 'get', path: '/sets/{name}/graph', operationId: 'relationships', tags: ['relationships'],
    summary: 'The objects around one object (what selects it, routes to it...), MISSING edges included',
    params: setParams, query: graphQuery,
    sample: { params: { name: 'bookinfo' }, query: { kind: 'Service', namespace: 'default', name: 'reviews' } },
    responses: {
      200: { description: 'The graph; with ?format=mermaid a Mermaid flowchart', content: { 'application/json': { schema: graphSchema }, 'text/plain': { schema: z.string() } } },
      400: badInput('kind: unknown kind "Thing"; expected one of Service, Pod, ...'),
      404: notFound('Service default/nope is not in the manifest set.'),
    },
    handle: async ({ params, query }, res) => {
      const { index } = await services.loadIndex(params.name, revisionOf(query));
      const graph = relationshipsGraph(index, { kind: query.kind, namespace: query.namespace, name: query.name, depth: query.depth });
      if (query.format === 'mermaid') return sendText(res, 'mermaid', graph.mermaid);
      res.json(graph);
    },
  })];
}

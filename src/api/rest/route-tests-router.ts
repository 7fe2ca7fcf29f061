// POST /sets/{name}/route-tests: routing test cases (docs/routing-tests.md) against a revision.
import { z } from 'zod';
import { checkRouteBatchSize } from '../../service/api-queries/index.js';
import { parseRouteTestCases, renderJunit, renderRouteTestReportText, routeTestCasesSchema, runRouteTests } from '../../service/explain/index.js';
import type { Services } from '../../service/index.js';
import { JASON_REQUEST } from './examples.js';
import { defineOperation, type Operation } from './operation.js';
import { revisionOf, revisionQuery, setParams } from './params.js';
import { routeTestReportSchema } from './schemas/answers.js';
import { badInput, notFound } from './schemas/problem.js';
import { sendText } from './send-text.js';

const EXAMPLE = { cases: [{ name: 'jason sees reviews v2', request: JASON_REQUEST, expect: { outcome: 'ROUTED', destinations: [{ host: 'reviews', subset: 'v2' }] } }] };

export function routeTestsOperations(services: Services): Operation[] {
  return [defineOperation({
    method: 'post', path: '/sets/{name}/route-tests', operationId: 'routeTests', tags: ['routing'],
    summary: 'Run routing test cases; the report says PASS/FAIL per case with the diff and the route that decided',
    description: 'A failing case is data (200 with failed > 0); only malformed cases are 400.',
    params: setParams, query: z.object({ ...revisionQuery, format: z.enum(['json', 'text', 'junit']).default('json') }),
    sample: { params: { name: 'bookinfo' }, body: EXAMPLE },
    requestBody: {
      description: '`{cases: [...]}` or a bare list of cases',
      content: { 'application/json': { schema: z.union([z.object({ cases: routeTestCasesSchema }), routeTestCasesSchema]), examples: { jason: { summary: 'One case', value: EXAMPLE } } } },
    },
    responses: {
      200: { description: 'The report; text or JUnit XML with ?format=', content: { 'application/json': { schema: routeTestReportSchema }, 'application/xml': { schema: z.string() } } },
      400: badInput('invalid routing test cases:\ncases[0].name: Invalid input'),
      404: notFound('Manifest set "nope" does not exist.'),
    },
    handle: async ({ params, query, body }, res) => {
      const cases = parseRouteTestCases(body);
      checkRouteBatchSize(cases.length, 'cases');
      const { index } = await services.loadIndex(params.name, revisionOf(query));
      const report = runRouteTests(index, cases);
      if (query.format === 'text') return sendText(res, 'text', renderRouteTestReportText(report));
      if (query.format === 'junit') return sendText(res, 'junit', renderJunit(report));
      res.json(report);
    },
  })];
}

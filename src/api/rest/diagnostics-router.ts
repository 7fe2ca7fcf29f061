// GET /sets/{name}/diagnostics?minSeverity=&codes=, GET /diagnostics/rules
import { z } from 'zod';
import { analyze, listDiagnosticRules, renderFindingsMarkdown, renderFindingsText, SEVERITIES } from '../../service/explain/index.js';
import type { Services } from '../../service/index.js';
import { DIAGNOSTICS_EXAMPLE } from './examples.js';
import { defineOperation, type Operation } from './operation.js';
import { commaList, noParams, revisionOf, revisionQuery, setParams } from './params.js';
import { analyzeResultSchema, ruleListingSchema } from './schemas/answers.js';
import { badInput, notFound } from './schemas/problem.js';
import { sendText } from './send-text.js';

const diagnosticsQuery = z.object({
  ...revisionQuery,
  minSeverity: z.enum(SEVERITIES as [string, ...string[]]).optional().describe('error, warning or info'),
  codes: commaList.optional().describe('Only these codes, comma-separated, e.g. MX0004,MX0005'),
  format: z.enum(['json', 'text', 'markdown']).default('json'),
});

export function diagnosticsOperations(services: Services): Operation[] {
  return [
    defineOperation({
      method: 'get', path: '/sets/{name}/diagnostics', operationId: 'diagnostics', tags: ['diagnostics'],
      summary: 'What in a revision is broken or has no effect, with file:line and istioctl/Kiali codes',
      params: setParams, query: diagnosticsQuery, sample: { params: { name: 'bookinfo' }, query: { minSeverity: 'warning' } },
      responses: {
        200: {
          description: 'Findings sorted by severity, counts and a summary',
          content: {
            'application/json': { schema: analyzeResultSchema, examples: { bookinfo: { summary: 'bookinfo without destination-rule-all.yaml', value: DIAGNOSTICS_EXAMPLE } } },
            'text/plain': { schema: z.string() },
          },
        },
        400: badInput('codes: unknown code MX9999'),
        404: notFound('Manifest set "nope" does not exist.'),
      },
      handle: async ({ params, query }, res) => {
        const { revision, index } = await services.loadIndex(params.name, revisionOf(query));
        const result = analyze(index, { minSeverity: query.minSeverity, codes: query.codes });
        if (query.format === 'text') return sendText(res, 'text', renderFindingsText(result));
        if (query.format === 'markdown') return sendText(res, 'markdown', renderFindingsMarkdown(result));
        res.json({ revision: revision.number, ...result });
      },
    }),
    defineOperation({
      method: 'get', path: '/diagnostics/rules', operationId: 'diagnosticRules', tags: ['diagnostics'],
      summary: 'The diagnostics catalog: every code, severity, and istioctl/Kiali equivalent',
      params: noParams, query: z.object({}), sample: {},
      responses: { 200: { description: 'Every rule in code order', content: { 'application/json': { schema: z.array(ruleListingSchema) } } } },
      handle: (_input, res) => void res.json(listDiagnosticRules()),
    }),
  ];
}

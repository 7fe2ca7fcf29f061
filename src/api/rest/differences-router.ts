// GET /differences/{kind}?versus=, GET /sets/{name}/differences?host=&namespace=
import { z } from 'zod';
import { compareDifferences, type DifferencesAnswer } from '../../service/explain/index.js';
import type { Services } from '../../service/index.js';
import type { Response } from 'express';
import { DIFFERENCES_EXAMPLE } from './examples.js';
import { defineOperation, type Operation } from './operation.js';
import { revisionOf, revisionQuery, setParams } from './params.js';
import { differencesAnswerSchema } from './schemas/answers.js';
import { badInput, notFound } from './schemas/problem.js';
import { sendText } from './send-text.js';

const format = z.enum(['json', 'text', 'markdown']).default('json');
const versus = z.string().min(1).optional().describe('Default Service');
const answerContent = {
  'application/json': { schema: differencesAnswerSchema, examples: { virtualService: { summary: 'VirtualService vs Service', value: DIFFERENCES_EXAMPLE } } },
  'text/markdown': { schema: z.string() },
};

function send(res: Response, answer: DifferencesAnswer, as: z.infer<typeof format>): void {
  if (as === 'json') return void res.json(answer);
  sendText(res, as, as === 'markdown' ? answer.markdown : answer.text);
}

export function differencesOperations(services: Services): Operation[] {
  return [
    defineOperation({
      method: 'get', path: '/differences/{kind}', operationId: 'differences', tags: ['differences'],
      summary: 'How a kind differs from another (default Service), dimension by dimension',
      params: z.object({ kind: z.string().min(1).describe('VirtualService, VIRTUAL_SERVICE, virtual-service, DestinationRule, Gateway, ...') }),
      query: z.object({ versus, format }), sample: { params: { kind: 'VirtualService' } },
      responses: { 200: { description: 'The general comparison (`concrete` is null)', content: answerContent }, 400: badInput('Unknown kind "Pod". Supported kinds: Service, VirtualService, ...') },
      handle: ({ params, query }, res) => send(res, compareDifferences({ kind: params.kind, versus: query.versus }), query.format),
    }),
    defineOperation({
      method: 'get', path: '/sets/{name}/differences', operationId: 'hostDifferences', tags: ['differences'],
      summary: 'For one host of a set: what the Service alone does vs what the mesh does, on representative requests',
      params: setParams,
      query: z.object({ ...revisionQuery, kind: z.string().min(1).default('VirtualService'), versus, host: z.string().min(1), namespace: z.string().min(1).optional(), format }),
      sample: { params: { name: 'bookinfo' }, query: { host: 'reviews' } },
      responses: { 200: { description: 'The general and the concrete comparison', content: answerContent }, 400: badInput('Invalid query: host: Invalid input'), 404: notFound('Manifest set "nope" does not exist.') },
      handle: async ({ params, query }, res) => {
        const { index } = await services.loadIndex(params.name, revisionOf(query));
        send(res, compareDifferences({ kind: query.kind, versus: query.versus, host: query.host, namespace: query.namespace }, index), query.format);
      },
    }),
  ];
}

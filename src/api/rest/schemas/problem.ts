import { z } from 'zod';

/** RFC 9457 problem details, as every error answers (application/problem+json). */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string().describe('BAD_INPUT, MANIFESTS_INVALID, NOT_FOUND, UNAUTHORIZED, PAYLOAD_TOO_LARGE, ...'),
  problems: z.array(z.record(z.string(), z.unknown())).optional(),
});

export const problemContent = (example: { code: string; status: number; title: string; detail: string }) => ({
  'application/problem+json': {
    schema: problemSchema,
    examples: { problem: { summary: example.title, value: { type: `urn:mesh-explainer:problem:${example.code.toLowerCase().replaceAll('_', '-')}`, ...example } } },
  },
});

export const badInput = (detail: string) => ({ description: 'Bad input', content: problemContent({ code: 'BAD_INPUT', status: 400, title: 'Bad input', detail }) });
export const notFound = (detail: string) => ({ description: 'Not found', content: problemContent({ code: 'NOT_FOUND', status: 404, title: 'Not found', detail }) });

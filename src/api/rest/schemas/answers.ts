// Response schemas of the engine answers (diagnostics, graph, differences, routing tests).
import { z } from 'zod';
import { sourceRefSchema } from './route-path.js';

const severity = z.enum(['error', 'warning', 'info']);

export const findingSchema = z.looseObject({
  code: z.string(), name: z.string(), severity, message: z.string(),
  resource: z.object({ kind: z.string(), namespace: z.string().nullable(), name: z.string() }),
  source: sourceRefSchema, fieldPath: z.string(), symptom: z.string(), fix: z.string(),
  istioCode: z.string().nullable(), kialiCode: z.string().nullable(),
});

export const analyzeResultSchema = z.looseObject({
  revision: z.number().int(),
  findings: z.array(findingSchema),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  summary: z.string(),
});

export const ruleListingSchema = z.object({
  code: z.string(), name: z.string(), severity, description: z.string(), inputs: z.array(z.string()),
  istioCode: z.string().nullable(), kialiCode: z.string().nullable(), docs: z.string(),
});

export const graphSchema = z.object({
  summary: z.string(),
  nodes: z.array(z.object({ id: z.string(), kind: z.string(), namespace: z.string().nullable(), name: z.string(), source: sourceRefSchema.nullable() })),
  edges: z.array(z.object({
    from: z.string(), to: z.string(), kind: z.string(), status: z.enum(['OK', 'MISSING']), reason: z.string().nullable(), source: sourceRefSchema.nullable(),
  })),
  mermaid: z.string(),
});

const dimensionSide = z.looseObject({ value: z.string(), explanation: z.string(), rules: z.array(z.string()), docUrl: z.string() });

export const differencesSchema = z.looseObject({
  kind: z.string(), versus: z.string(), kindName: z.string(), versusName: z.string(),
  dimensions: z.array(z.looseObject({ id: z.string(), title: z.string(), kind: dimensionSide, versus: dimensionSide })),
});

export const differencesAnswerSchema = z.object({
  summary: z.string(),
  general: differencesSchema,
  concrete: z.looseObject({ host: z.string(), namespace: z.string(), requests: z.array(z.looseObject({ label: z.string(), samePods: z.boolean(), difference: z.string() })) }).nullable(),
  markdown: z.string(),
  text: z.string(),
});

const fieldCheck = z.object({ field: z.string(), passed: z.boolean(), expected: z.string(), actual: z.string() });

export const routeTestReportSchema = z.object({
  total: z.number().int(), passed: z.number().int(), failed: z.number().int(),
  results: z.array(z.looseObject({
    name: z.string(), passed: z.boolean(), outcome: z.string(), summary: z.string(), decidedBy: z.string(),
    failures: z.array(fieldCheck), checks: z.array(fieldCheck),
  })),
});

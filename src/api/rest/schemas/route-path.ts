// The route explanation contract (DESIGN.md) as a response schema.
import { z } from 'zod';

export const sourceRefSchema = z.object({
  kind: z.string(), namespace: z.string().nullable(), name: z.string(), file: z.string(), line: z.number().int(), field: z.string(),
});

const resourceRef = z.object({ kind: z.string(), namespace: z.string().nullable(), name: z.string() });

export const endpointSchema = z.looseObject({
  pod: z.string().describe('ns/name'),
  workload: z.string().describe('Kind/ns/name'),
  ip: z.string().nullable(),
  port: z.number().int().nullable(),
});

const outcomes = ['ROUTED', 'REDIRECTED', 'DIRECT_RESPONSE', 'FAULT_ABORTED', 'NO_ROUTE', 'CLUSTER_NOT_FOUND', 'NO_HEALTHY_UPSTREAM', 'PASSTHROUGH', 'BLOCKED'] as const;

export const routePathSchema = z.looseObject({
  request: z.looseObject({ host: z.string() }),
  outcome: z.enum(outcomes),
  status: z.number().int().nullable(),
  summary: z.string(),
  virtualService: z.object({ namespace: z.string(), name: z.string() }).nullable(),
  route: z.object({ index: z.number().int(), name: z.string().nullable() }).nullable(),
  destinations: z.array(z.looseObject({
    host: z.string(), port: z.number().int().nullable(), subset: z.string().nullable(), weight: z.number().int(),
    cluster: z.string().describe('outbound|PORT|SUBSET|FQDN'), endpoints: z.array(endpointSchema),
  })),
  rewrite: z.object({ path: z.string().nullable(), authority: z.string().nullable() }).nullable(),
  redirect: z.object({ location: z.string(), status: z.number().int() }).nullable(),
  fault: z.object({
    delay: z.object({ fixedDelay: z.string(), percent: z.number() }).nullable(),
    abort: z.object({ status: z.number().int(), percent: z.number() }).nullable(),
  }).nullable(),
  timeout: z.looseObject({ value: z.string().nullable(), isDefault: z.boolean() }).nullable(),
  retries: z.looseObject({ attempts: z.number().int(), isDefault: z.boolean() }).nullable(),
  steps: z.array(z.looseObject({ stage: z.string(), decision: z.string(), reason: z.string(), source: sourceRefSchema.nullable() })),
  kubernetes: z.object({
    service: resourceRef.nullable(), port: z.number().int().nullable(), targetPort: z.union([z.number().int(), z.string()]).nullable(),
    endpoints: z.array(endpointSchema), note: z.string(),
  }),
});

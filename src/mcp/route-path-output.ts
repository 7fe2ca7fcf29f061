import { z } from 'zod';
import { resourceRefOutput, sourceRefOutput } from './set-input.js';

// The route explanation contract (DESIGN.md) as route_path's output schema. z.object stays open in JSON Schema input mode
// (extra engine fields pass); the fixed contract fields are typed.
const endpoint = z.object({ pod: z.string(), workload: z.string(), ip: z.string().nullable(), port: z.number().int().nullable() });

export const routePathOutput = {
  outcome: z.enum(['ROUTED', 'REDIRECTED', 'DIRECT_RESPONSE', 'FAULT_ABORTED', 'NO_ROUTE', 'CLUSTER_NOT_FOUND', 'NO_HEALTHY_UPSTREAM', 'PASSTHROUGH', 'BLOCKED']),
  status: z.number().int().nullable(),
  summary: z.string().describe('One plain sentence'),
  decidedBy: z.string().describe('The VirtualService and route that decided, with file:line'),
  virtualService: z.object({ namespace: z.string(), name: z.string() }).nullable(),
  route: z.object({ index: z.number().int(), name: z.string().nullable() }).nullable(),
  destinations: z.array(z.object({
    host: z.string(), port: z.number().int().nullable(), subset: z.string().nullable(), weight: z.number(), cluster: z.string(), endpoints: z.array(endpoint),
  })),
  rewrite: z.object({ path: z.string().nullable(), authority: z.string().nullable() }).nullable(),
  redirect: z.object({ location: z.string(), status: z.number().int() }).nullable(),
  fault: z.object({
    delay: z.object({ fixedDelay: z.string(), percent: z.number() }).nullable(),
    abort: z.object({ status: z.number().int(), percent: z.number() }).nullable(),
  }).nullable(),
  timeout: z.object({ value: z.string().nullable(), isDefault: z.boolean(), description: z.string() }).nullable(),
  retries: z.object({ attempts: z.number().int(), perTryTimeout: z.string().nullable(), retryOn: z.string().nullable(), isDefault: z.boolean(), description: z.string() }).nullable(),
  steps: z.array(z.object({ stage: z.string(), decision: z.string(), reason: z.string(), source: sourceRefOutput.nullable() })),
  kubernetes: z.object({ service: resourceRefOutput.nullable(), endpoints: z.array(endpoint), note: z.string() }),
  request: z.object({ host: z.string() }),
};

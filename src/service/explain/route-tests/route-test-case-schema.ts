import { z } from 'zod';
import { routeRequestSchema } from '../route-request-schema.js';

// The routing test case format of `mesh-explainer test` (docs/routing-tests.md). Every expectation
// field is optional and compared only when written; `null` means "there is none".

const outcomes = ['ROUTED', 'REDIRECTED', 'DIRECT_RESPONSE', 'FAULT_ABORTED', 'NO_ROUTE',
  'CLUSTER_NOT_FOUND', 'NO_HEALTHY_UPSTREAM', 'PASSTHROUGH', 'BLOCKED'] as const;

const resourceName = z.union([
  z.string().min(1).describe('"namespace/name" or "name"'),
  z.object({ namespace: z.string().min(1).optional(), name: z.string().min(1) }).strict(),
]);

export const destinationExpectationSchema = z.object({
  host: z.string().min(1).describe('short name ("reviews"), "name.namespace" or FQDN'),
  subset: z.string().nullish(),
  port: z.number().int().min(1).max(65535).nullish(),
  weight: z.number().int().min(0).max(100).optional(),
  cluster: z.string().optional(),
}).strict();

const headerOperations = z.object({
  set: z.record(z.string(), z.string()).optional(),
  add: z.record(z.string(), z.string()).optional(),
  remove: z.array(z.string()).optional(),
}).strict();

export const routeExpectationSchema = z.object({
  outcome: z.enum(outcomes).optional(),
  status: z.number().int().nullable().optional(),
  responseFlag: z.string().nullable().optional(),
  virtualService: resourceName.nullable().optional(),
  route: z.object({ index: z.number().int().min(0).optional(), name: z.string().nullable().optional() }).strict().nullable().optional(),
  delegate: resourceName.nullable().optional(),
  destinations: z.array(destinationExpectationSchema).optional(),
  pods: z.array(z.string().min(1)).optional(),
  redirect: z.object({ location: z.string().optional(), status: z.number().int().optional() }).strict().nullable().optional(),
  rewrite: z.object({ path: z.string().nullable().optional(), authority: z.string().nullable().optional() }).strict().nullable().optional(),
  directResponse: z.object({ status: z.number().int().optional(), body: z.string().nullable().optional() }).strict().nullable().optional(),
  fault: z.object({
    abort: z.object({ status: z.number().int().optional(), percent: z.number().optional() }).strict().nullable().optional(),
    delay: z.object({ fixedDelay: z.string().optional(), percent: z.number().optional() }).strict().nullable().optional(),
  }).strict().nullable().optional(),
  headers: z.object({ request: headerOperations.optional(), response: headerOperations.optional() }).strict().optional(),
  timeout: z.string().nullable().optional(),
  retries: z.object({ attempts: z.number().int().optional(), perTryTimeout: z.string().nullable().optional(), retryOn: z.string().nullable().optional() }).strict().optional(),
}).strict();

export const routeTestCaseSchema = z.object({
  name: z.string().min(1),
  request: routeRequestSchema,
  expect: routeExpectationSchema.optional().describe('what must hold'),
  not: routeExpectationSchema.optional().describe('what must not hold: every field written here must differ (ICV wantMatch: false)'),
}).strict().refine((c) => hasFields(c.expect) || hasFields(c.not), { message: 'a case needs at least one expectation under `expect` or `not`' });

export const routeTestCasesSchema = z.array(routeTestCaseSchema).min(1, 'expected at least one case');

export type RouteExpectation = z.infer<typeof routeExpectationSchema>;
export type DestinationExpectation = z.infer<typeof destinationExpectationSchema>;
export type RouteTestCase = z.infer<typeof routeTestCaseSchema>;
export type ResourceNameExpectation = z.infer<typeof resourceName>;

function hasFields(e: RouteExpectation | undefined): boolean {
  return e !== undefined && Object.keys(e).length > 0;
}

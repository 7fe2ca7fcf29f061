import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { RouteRequest } from '../../mesh/routing/types.js';
import { formatZodIssues } from './format-zod-issues.js';

// The RouteRequest of DESIGN.md's route explanation contract, as every adapter validates it.
export const routeRequestSchema = z.object({
  host: z.string().min(1).describe('Host / :authority as sent, may carry :port, e.g. "reviews" or "bookinfo.example.com:8080"'),
  port: z.number().int().min(1).max(65535).nullish().describe('Destination port; default: the port in host, else 80. With gateway: the Gateway server port.number'),
  path: z.string().startsWith('/').nullish().describe('Path, may include ?query. Default "/"'),
  method: z.string().min(1).nullish().describe('HTTP method. Default GET'),
  scheme: z.enum(['http', 'https']).nullish().describe('Default http'),
  headers: z.array(z.object({ name: z.string().min(1), value: z.string() }).strict()).nullish()
    .describe('Request headers, names case-insensitive, e.g. [{"name":"end-user","value":"jason"}]'),
  source: z.object({
    namespace: z.string().min(1).nullish(),
    labels: z.record(z.string(), z.string()).nullish(),
  }).strict().nullish().describe('The calling workload (sidecar entry). Default namespace "default", no labels'),
  gateway: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected namespace/name, e.g. "istio-system/bookinfo-gateway"').nullish()
    .describe('namespace/name of an Istio Gateway to enter through instead of the caller sidecar'),
  outboundTrafficPolicy: z.enum(['ALLOW_ANY', 'REGISTRY_ONLY']).nullish().describe('Mesh setting for hosts unknown to the registry. Default ALLOW_ANY'),
  protocol: z.enum(['http', 'tcp', 'tls']).nullish()
    .describe('What the client sends: an HTTP request (default), raw TCP, or TLS it starts itself (routed by tcp:/tls: rules)'),
  sni: z.string().min(1).nullish().describe('TLS server name for protocol tls; default the hostname of host'),
}).strict();

/** Accepts `headers` as a {name: value} map too (handy in YAML files), then validates the contract shape. */
export function parseRouteRequest(raw: unknown, where = 'request'): RouteRequest {
  const parsed = routeRequestSchema.safeParse(headersMapToList(raw));
  if (!parsed.success) throw new AppError('BAD_INPUT', `invalid route request:\n${formatZodIssues(parsed.error, where).join('\n')}`);
  return parsed.data;
}

export function parseRouteRequests(raw: unknown, where = 'requests'): RouteRequest[] {
  if (!Array.isArray(raw)) throw new AppError('BAD_INPUT', `${where}: expected a list of route requests`);
  return raw.map((item, i) => parseRouteRequest(item, `${where}[${i}]`));
}

export function headersMapToList(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const headers = (raw as { headers?: unknown }).headers;
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) return raw;
  const list = Object.entries(headers as Record<string, unknown>).map(([name, value]) => ({ name, value: scalarText(value) }));
  return { ...raw, headers: list };
}

function scalarText(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

// Builds a request that satisfies one HTTPMatchRequest (R3.2-R3.8), verified with the match evaluator.
import { asObject, asStringMap, type JsonObject, type Labels } from '../../model.js';
import { buildRequestView, evaluateMatch, parseStringMatch, type StringMatchSpec } from '../../routing/match/index.js';
import type { RouteRequestHeader } from '../../routing/types.js';
import { regexSample } from './regex-sample.js';

export interface MatchingRequest {
  path: string;
  method: string | null;
  scheme: string | null;
  authority: string | null;
  headers: RouteRequestHeader[];
  port: number | null;
  sourceLabels: Labels | null;
  sourceNamespace: string | null;
  /** Empty when the request satisfies the match. */
  problems: string[];
}

const PATH_FALLBACKS = ['/', '/x', '/api', '/api/x', '/v1', '/v1/x', '/1'];
const VALUE_FALLBACKS = ['x', 'jason', 'test', 'true', '1', 'v1', 'a'];

/** R3.2.2: `prefix` is a string prefix; adding `/x` (or `x` after a trailing `/`) stays inside it either way. */
function pathFor(spec: StringMatchSpec, problems: string[]): string {
  if (spec.type === 'exact') return spec.value;
  if (spec.type === 'prefix') return spec.value.endsWith('/') ? `${spec.value}x` : `${spec.value}/x`;
  if (spec.type === 'regex') {
    const sample = regexSample(spec.value, PATH_FALLBACKS);
    if (sample !== null) return sample;
    problems.push(`no sample path found for regex ${JSON.stringify(spec.value)}`);
  }
  return '/';
}

function valueFor(spec: StringMatchSpec, what: string, fallbacks: readonly string[], problems: string[]): string {
  if (spec.type === 'exact') return spec.value;
  if (spec.type === 'prefix') return spec.value === '' ? 'x' : spec.value;
  if (spec.type === 'regex') {
    const sample = regexSample(spec.value, fallbacks);
    if (sample !== null) return sample;
    problems.push(`no sample value found for ${what} regex ${JSON.stringify(spec.value)}`);
    return fallbacks[0] ?? 'x';
  }
  return 'present';
}

function pseudo(match: JsonObject, field: string, fallbacks: readonly string[], problems: string[]): string | null {
  if (match[field] === undefined || match[field] === null) return null;
  return valueFor(parseStringMatch(match[field]), field, fallbacks, problems);
}

function headersFor(match: JsonObject, problems: string[]): RouteRequestHeader[] {
  const headers: RouteRequestHeader[] = [];
  for (const [name, raw] of Object.entries(asObject(match.headers) ?? {})) {
    if (name.startsWith('@request.auth.claims')) {
      problems.push(`JWT claim condition ${name} cannot be expressed as a request header (R3.3.6)`);
      continue;
    }
    headers.push({ name, value: valueFor(parseStringMatch(raw), `header ${name}`, VALUE_FALLBACKS, problems) });
  }
  return headers;
}

function queryFor(match: JsonObject, problems: string[]): string {
  const parts: string[] = [];
  for (const [name, raw] of Object.entries(asObject(match.queryParams) ?? {})) {
    const spec = parseStringMatch(raw);
    parts.push(spec.type === 'presence' ? name : `${name}=${valueFor(spec, `query ${name}`, VALUE_FALLBACKS, problems)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A request for `match` (undefined = match-less route: any request). `host` is only used for verification. */
export function requestForMatch(match: JsonObject | undefined, host: string): MatchingRequest {
  const problems: string[] = [];
  if (!match) return { path: '/', method: null, scheme: null, authority: null, headers: [], port: null, sourceLabels: null, sourceNamespace: null, problems };
  const path = pathFor(parseStringMatch(match.uri), problems) + queryFor(match, problems);
  const method = pseudo(match, 'method', ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'], problems);
  const scheme = pseudo(match, 'scheme', ['http', 'https'], problems);
  const authority = pseudo(match, 'authority', [host], problems);
  const headers = headersFor(match, problems);
  const port = typeof match.port === 'number' ? match.port : null;
  const labels = asObject(match.sourceLabels) ? asStringMap(match.sourceLabels) : null;
  const sourceNamespace = typeof match.sourceNamespace === 'string' ? match.sourceNamespace : null;
  const view = buildRequestView({ host: authority ?? host, path, method, scheme, headers });
  const verdict = evaluateMatch(match, view);
  if (!verdict.matched) problems.push(`the derived request does not satisfy the match: ${verdict.reason}`);
  return { path, method, scheme, authority, headers, port, sourceLabels: labels, sourceNamespace, problems };
}

import { asArray, asObject, asStringMap, type JsonObject } from '../../model.js';
import { describeStringMatch, parseStringMatch } from './string-match.js';

/** One line for a match: `uri prefix "/api" and header end-user exact "jason"`, or `everything`. */
export function describeMatch(match: JsonObject): string {
  const parts: string[] = [];
  const uri = parseStringMatch(match.uri);
  if (uri.type !== 'presence') {
    parts.push(`uri ${describeStringMatch(uri)}${match.ignoreUriCase === true ? ' (ignoring case)' : ''}`);
  }
  for (const field of ['scheme', 'method', 'authority'] as const) {
    if (match[field] !== undefined && match[field] !== null) parts.push(`${field} ${describeStringMatch(parseStringMatch(match[field]))}`);
  }
  for (const [name, raw] of Object.entries(asObject(match.headers) ?? {})) {
    parts.push(`header ${name} ${describeStringMatch(parseStringMatch(raw))}`);
  }
  for (const [name, raw] of Object.entries(asObject(match.withoutHeaders) ?? {})) {
    const spec = parseStringMatch(raw);
    parts.push(spec.type === 'presence' ? `no header ${name}` : `header ${name} not ${describeStringMatch(spec)}`);
  }
  for (const [name, raw] of Object.entries(asObject(match.queryParams) ?? {})) {
    parts.push(`query parameter ${name} ${describeStringMatch(parseStringMatch(raw))}`);
  }
  parts.push(...describeConfigTimeFields(match));
  return parts.length > 0 ? parts.join(' and ') : 'everything';
}

function describeConfigTimeFields(match: JsonObject): string[] {
  const parts: string[] = [];
  if (typeof match.port === 'number' && match.port !== 0) parts.push(`port ${match.port}`);
  const labels = Object.entries(asStringMap(match.sourceLabels)).map(([k, v]) => `${k}=${v}`);
  if (labels.length > 0) parts.push(`source labels ${labels.join(',')}`);
  if (typeof match.sourceNamespace === 'string' && match.sourceNamespace !== '') parts.push(`source namespace ${match.sourceNamespace}`);
  const gateways = asArray(match.gateways).filter((g): g is string => typeof g === 'string');
  if (gateways.length > 0) parts.push(`gateways ${gateways.join(', ')}`);
  return parts;
}

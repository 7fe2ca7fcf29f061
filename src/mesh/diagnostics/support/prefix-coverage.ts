// IST0131 heuristic (istio pkg/config/validation `coveredValidation`): an earlier uri-prefix match whose prefix
// starts the later one, with equal port and equal-or-broader method/authority/header/query/withoutHeaders values.
import { asObject, asString, type JsonObject } from '../../model.js';

export interface PrefixMatch {
  routeIndex: number;
  matchIndex: number;
  prefix: string;
  port: number | null;
  method: string;
  authority: string;
  headers: Map<string, string>;
  queryParams: Map<string, string>;
  withoutHeaders: Map<string, string>;
}

function exactOrPrefix(raw: unknown): string {
  const o = asObject(raw);
  const exact = asString(o?.exact);
  if (exact) return `exact:${exact}`;
  const prefix = asString(o?.prefix);
  return prefix ? `prefix:${prefix}` : '';
}

function valueMap(raw: unknown): Map<string, string> {
  return new Map(Object.entries(asObject(raw) ?? {}).map(([k, v]) => [k, exactOrPrefix(v)]));
}

export function toPrefixMatch(match: JsonObject, routeIndex: number, matchIndex: number): PrefixMatch | null {
  const prefix = asString(asObject(match.uri)?.prefix);
  if (!prefix) return null;
  return {
    routeIndex, matchIndex, prefix,
    port: typeof match.port === 'number' ? match.port : null,
    method: exactOrPrefix(match.method) || 'exact:GET',
    authority: exactOrPrefix(match.authority),
    headers: valueMap(match.headers), queryParams: valueMap(match.queryParams), withoutHeaders: valueMap(match.withoutHeaders),
  };
}

function broaderOrEqual(earlier: string, later: string): boolean {
  return earlier === later || earlier.startsWith(later);
}

function mapCovered(earlier: Map<string, string>, later: Map<string, string>): boolean {
  if (earlier.size !== later.size) return false;
  for (const [key, value] of earlier) {
    const other = later.get(key);
    if (other === undefined || !broaderOrEqual(value, other)) return false;
  }
  return true;
}

export function covers(earlier: PrefixMatch, later: PrefixMatch): boolean {
  return later.prefix.startsWith(earlier.prefix) && earlier.port === later.port
    && broaderOrEqual(earlier.method, later.method) && broaderOrEqual(earlier.authority, later.authority)
    && mapCovered(earlier.headers, later.headers) && mapCovered(earlier.queryParams, later.queryParams)
    && mapCovered(earlier.withoutHeaders, later.withoutHeaders);
}

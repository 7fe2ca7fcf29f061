import { asArray, asObject, type JsonObject } from '../../model.js';
import type { RoutePath } from '../types.js';

type HeaderOperations = NonNullable<RoutePath['headers']>;
type Operations = HeaderOperations['request'];

/**
 * R4.6.1: route-level header operations. Pseudo headers (`:x`) and `host` are never emitted as operations;
 * `host`/`:authority` in set/add is an authority rewrite instead (see effectiveAuthority). Null without `headers`.
 */
export function headerOperationsOf(route: JsonObject): RoutePath['headers'] {
  const headers = asObject(route.headers);
  if (!headers) return null;
  return { request: operationsOf(asObject(headers.request)), response: operationsOf(asObject(headers.response)) };
}

function operationsOf(raw: JsonObject | undefined): Operations {
  return {
    set: valuesOf(asObject(raw?.set)),
    add: valuesOf(asObject(raw?.add)),
    remove: asArray(raw?.remove).filter((k): k is string => typeof k === 'string' && !isInternalHeader(k)),
  };
}

function valuesOf(entries: JsonObject | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries ?? {})) {
    if (isInternalHeader(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

function isInternalHeader(name: string): boolean {
  return name.startsWith(':') || name.toLowerCase() === 'host';
}

import { asObject, type JsonObject } from '../../model.js';
import { parseStringMatch } from './string-match.js';

const HEADER_LIKE_FIELDS = ['headers', 'withoutHeaders', 'queryParams'] as const;
const PSEUDO_HEADER_FIELDS = ['method', 'scheme', 'authority'] as const;

/**
 * R3.1.3: a missing match, or one whose uri is prefix `/` (or absent) or regex `.*` with no header, query or
 * method/scheme/authority condition (those become Envoy header matchers), ends the VirtualService: later
 * routes are never emitted. Config-time fields (port, sourceLabels, gateways) do not count; the caller only
 * asks about matches kept for the proxy (R3.1.4).
 */
export function isCatchAllMatch(match: JsonObject | undefined): boolean {
  if (match === undefined) return true;
  const uri = parseStringMatch(match.uri);
  const catchAllUri = uri.type === 'presence' || (uri.type === 'prefix' && uri.value === '/') || (uri.type === 'regex' && uri.value === '.*');
  if (!catchAllUri) return false;
  for (const field of HEADER_LIKE_FIELDS) {
    const entries = asObject(match[field]);
    if (entries && Object.keys(entries).length > 0) return false;
  }
  return PSEUDO_HEADER_FIELDS.every((field) => match[field] === undefined || match[field] === null);
}

// HTTPPathMatch: Exact (whole path, case-sensitive), PathPrefix (whole path segments, trailing `/` of the
// value ignored), RegularExpression (implementation-specific; Istio uses an RE2 full match like R3.2.3).
import { regexFullMatch } from '../routing/match/index.js';
import type { PathMatchType } from './types.js';

export interface PathTest { matched: boolean; reason: string }

/** PathPrefix `/abc` (or `/abc/`) matches `/abc`, `/abc/` and `/abc/def`, never `/abcd`. */
export function pathPrefixMatches(value: string, path: string): boolean {
  const prefix = value.endsWith('/') ? value.slice(0, -1) : value;
  if (prefix === '') return path.startsWith('/');
  return path === prefix || path.startsWith(`${prefix}/`);
}

function prefixTest(value: string, path: string): PathTest {
  if (pathPrefixMatches(value, path)) return { matched: true, reason: `PathPrefix ${value} covers ${path} (whole path segments)` };
  if (path.startsWith(value)) {
    return { matched: false, reason: `PathPrefix ${value} matches whole path segments only (Gateway API), unlike a VirtualService prefix: ${path} does not match` };
  }
  return { matched: false, reason: `path ${path} is not under PathPrefix ${value}` };
}

export function testPath(type: PathMatchType, value: string, path: string): PathTest {
  if (type === 'Exact') {
    if (path === value) return { matched: true, reason: `Exact path ${value} equals ${path}` };
    const caseOnly = path.toLowerCase() === value.toLowerCase();
    return { matched: false, reason: `Exact path ${value} differs from ${path}${caseOnly ? ' (paths are case-sensitive)' : ''}` };
  }
  if (type === 'PathPrefix') return prefixTest(value, path);
  const result = regexFullMatch(value, path);
  if (!result.ok) return { matched: false, reason: `RegularExpression ${value} is not valid RE2 (${result.error}), so it matches nothing` };
  if (result.matched) return { matched: true, reason: `RegularExpression ${value} matches the whole path ${path}` };
  return { matched: false, reason: `RegularExpression ${value} does not match the whole path ${path}${result.partial ? ' (it matches only part of it; Istio requires a full match)' : ''}` };
}

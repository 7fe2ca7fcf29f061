// HTTPPathModifier for URLRewrite and RequestRedirect: ReplaceFullPath, or ReplacePrefixMatch, which swaps
// the matched PathPrefix for the replacement on segment boundaries (`/foo` -> `/xyz`: `/foo/bar` -> `/xyz/bar`,
// `/foo` -> `/`: `/foo/bar` -> `/bar`).
import { asObject, asString } from '../model.js';
import type { Candidate } from './types.js';

export type PathModification = { ok: true; path: string; how: string } | { ok: false; reason: string } | null;

function trimTrailingSlash(value: string): string {
  return value.endsWith('/') ? value.slice(0, -1) : value;
}

export function replacePrefix(matchedPrefix: string, replacement: string, path: string): string {
  const rest = path.slice(trimTrailingSlash(matchedPrefix).length);
  const result = `${trimTrailingSlash(replacement)}${rest}`;
  return result === '' ? '/' : result.startsWith('/') ? result : `/${result}`;
}

/** The new path (without query) for a `path` modifier, null when the filter has none. */
export function modifyPath(modifier: unknown, candidate: Candidate, path: string): PathModification {
  const m = asObject(modifier);
  if (!m) return null;
  const type = asString(m.type);
  if (type === 'ReplaceFullPath') {
    const full = asString(m.replaceFullPath) ?? '/';
    return { ok: true, path: full, how: `ReplaceFullPath sets the path to ${full}` };
  }
  if (type === 'ReplacePrefixMatch') {
    if (candidate.pathType !== 'PathPrefix') return { ok: false, reason: 'ReplacePrefixMatch needs a PathPrefix match; Gateway API rejects it on other match types' };
    const replacement = asString(m.replacePrefixMatch) ?? '/';
    const result = replacePrefix(candidate.pathValue, replacement, path);
    return { ok: true, path: result, how: `ReplacePrefixMatch replaces the matched prefix ${candidate.pathValue} with ${replacement}: ${path} becomes ${result}` };
  }
  return { ok: false, reason: `path modifier type ${type ?? '(none)'} is not known` };
}

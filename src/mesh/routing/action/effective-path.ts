import { asObject, asString, type JsonObject } from '../../model.js';
import type { RequestView } from '../match/request-view.js';
import { compileRegex } from '../match/regex-cache.js';
import { parseStringMatch } from '../match/string-match.js';

export interface EffectivePath {
  /** The :path the upstream receives, query included. */
  path: string;
  rule: string;
  reason: string;
}

/**
 * R4.5.1-R4.5.3: the path after `rewrite`, or null when the route does not rewrite it. `matchedUri` is the
 * `uri` of the match that selected the route (undefined for no uri / no match: implicit prefix `/`).
 */
export function effectivePath(rewrite: JsonObject | undefined, matchedUri: JsonObject | undefined, request: RequestView): EffectivePath | null {
  if (!rewrite) return null;
  const regexRewrite = asObject(rewrite.uriRegexRewrite);
  if (regexRewrite) return applyRegexRewrite(regexRewrite, request);
  const uri = asString(rewrite.uri);
  if (uri === undefined || uri === '') return null;
  const query = request.path.slice(request.pathWithoutQuery.length);
  const spec = parseStringMatch(matchedUri);
  if (spec.type === 'exact' || spec.type === 'regex') {
    const path = `${uri}${query}`;
    return { path, rule: 'R4.5.1', reason: `rewrite.uri ${q(uri)} replaces the whole path matched by the ${spec.type} uri: ${q(request.path)} becomes ${q(path)}${query ? ', the query string is kept' : ''} (R4.5.1)` };
  }
  const prefix = spec.type === 'prefix' ? spec.value : '/';
  const rest = request.path.slice(prefix.length);
  const path = `${uri}${rest}`;
  const matched = spec.type === 'prefix' ? `the matched prefix ${q(prefix)}` : 'the implicit prefix "/" (no uri condition)';
  const notes: string[] = [];
  const gotcha = !uri.endsWith('/') && rest !== '' && !rest.startsWith('/') && !rest.startsWith('?');
  if (gotcha) notes.push(`the replacement is a plain string substitution, so nothing separates ${q(uri)} from ${q(rest)} (R4.5.2)`);
  if (path.split('?')[0]?.includes('//')) notes.push('the result has a double slash, which many applications answer with 404');
  const noteText = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  return {
    path,
    rule: gotcha ? 'R4.5.2' : 'R4.5.1',
    reason: `rewrite.uri ${q(uri)} replaces ${matched}: ${q(request.path)} becomes ${q(path)}${noteText}`,
  };
}

function applyRegexRewrite(regexRewrite: JsonObject, request: RequestView): EffectivePath {
  const pattern = asString(regexRewrite.match) ?? '';
  const substitution = asString(regexRewrite.rewrite) ?? '';
  const query = request.path.slice(request.pathWithoutQuery.length);
  const compiled = compileRegex(pattern);
  if (!compiled.ok) {
    return { path: request.path, rule: 'R4.5.3', reason: `rewrite.uriRegexRewrite.match ${q(pattern)} is not valid RE2 (${compiled.error}); Istio rejects it, the path is left as is` };
  }
  const rewritten = compiled.regex.matcher(request.pathWithoutQuery).replaceAll((...args: unknown[]) => expandRe2Substitution(substitution, args));
  const path = `${rewritten}${query}`;
  return {
    path,
    rule: 'R4.5.3',
    reason: `rewrite.uriRegexRewrite replaces every match of ${q(pattern)} in the path ${q(request.pathWithoutQuery)} with ${q(substitution)}: the upstream sees ${q(path)}${query ? ' (query string kept)' : ''} (R4.5.3)`,
  };
}

/** RE2 `Rewrite` syntax: `\0`-`\9` are capture groups, `\\` is a backslash; a missing group is empty. */
function expandRe2Substitution(substitution: string, replacerArgs: unknown[]): string {
  const groups = replacerArgs.slice(0, replacerArgs.findIndex((a) => typeof a === 'number'));
  return substitution.replace(/\\(\d|\\)/g, (_, ref: string) => {
    if (ref === '\\') return '\\';
    const g = groups[Number(ref)];
    return typeof g === 'string' ? g : '';
  });
}

function q(s: string): string {
  return JSON.stringify(s);
}

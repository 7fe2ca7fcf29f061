import type { JsonObject } from '../../model.js';
import type { ConditionResult } from './match-outcome.js';
import type { RequestView } from './request-view.js';
import { parseStringMatch, testStringMatch } from './string-match.js';

/** R3.2.1-R3.2.6: the `uri` condition (with `ignoreUriCase`). */
export function evaluateUri(match: JsonObject, request: RequestView): ConditionResult {
  const spec = parseStringMatch(match.uri);
  const ignoreCase = match.ignoreUriCase === true;
  if (spec.type === 'presence') return { ok: true, reason: 'no uri condition, so every path matches (prefix /)', rules: ['R3.2.5'] };
  if (spec.type === 'invalid') return { ok: false, field: 'uri', reason: `uri: ${testStringMatch(spec, '').note}`, rules: ['R3.2.1'] };

  const caseNote = ignoreCase && spec.type !== 'regex' ? ', ignoring case (ignoreUriCase, R3.2.4)' : '';
  const shown = shownPath(request, spec.type === 'prefix');
  const value = spec.type === 'prefix' ? request.path : request.pathWithoutQuery;
  const result = testStringMatch(spec, value, ignoreCase && spec.type !== 'regex');
  const field = `uri.${spec.type}`;
  const query = request.path !== request.pathWithoutQuery;

  if (spec.type === 'exact') {
    const queryNote = query ? ' (the query string is not compared, R3.2.1)' : '';
    return result.matched
      ? { ok: true, reason: `uri exact ${q(spec.value)} equals the path ${shown}${caseNote}${queryNote}`, rules: ['R3.2.1'] }
      : { ok: false, field, reason: `uri: expected exact ${q(spec.value)}${caseNote}, the path is ${shown}${queryNote}`, rules: ['R3.2.1'] };
  }
  if (spec.type === 'prefix') {
    if (!result.matched) {
      return { ok: false, field, reason: `uri: prefix ${q(spec.value)}${caseNote} is a plain string prefix, and the path ${shown} does not start with it (R3.2.2)`, rules: ['R3.2.2'] };
    }
    return { ok: true, reason: `uri prefix ${q(spec.value)} matched the path ${shown}${caseNote}${stringPrefixNote(spec.value, value)}`, rules: ['R3.2.2'] };
  }
  const regexCaseNote = ignoreCase ? '; ignoreUriCase does not apply to regex, use (?i) (R3.2.4)' : '';
  const queryNote = query ? '; the query string is not part of the tested path' : '';
  if (result.matched) {
    return { ok: true, reason: `uri regex ${q(spec.value)} matched the whole path ${shown} (RE2 full match, R3.2.3)`, rules: ['R3.2.3'] };
  }
  const note = result.note ? `; ${result.note}` : '';
  return {
    ok: false, field,
    reason: `uri: regex ${q(spec.value)} must match the whole path ${shown} (RE2 full match, R3.2.3)${note}${regexCaseNote}${queryNote}`,
    rules: ignoreCase ? ['R3.2.3', 'R3.2.4'] : ['R3.2.3'],
  };
}

/** Pain point 18: `/static` also catches `/staticfile`. */
function stringPrefixNote(prefix: string, value: string): string {
  const next = value.charAt(prefix.length);
  if (prefix.endsWith('/') || next === '' || next === '/' || next === '?') return '';
  return ' as a plain string prefix, not a path segment (R3.2.2)';
}

function shownPath(request: RequestView, withQuery: boolean): string {
  const path = withQuery ? request.path : request.pathWithoutQuery;
  const original = (request.originalPath.split('#')[0] ?? '').split('?')[0] ?? '';
  if (original === request.pathWithoutQuery) return q(path);
  return `${q(path)} (normalised from ${q(request.originalPath)}, dot segments resolved, R3.2.6)`;
}

function q(s: string): string {
  return JSON.stringify(s);
}

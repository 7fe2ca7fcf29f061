// One HTTPRouteMatch against the request: path AND method AND headers AND queryParams. Header names are
// case-insensitive, query parameter names exact; values are case-sensitive. When one name is listed twice,
// only its first entry counts (Gateway API HTTPHeaderMatch / HTTPQueryParamMatch).
import { asArray, asObject, asString } from '../model.js';
import { regexFullMatch, type RequestView } from '../routing/match/index.js';
import { testPath } from './path-match.js';
import type { Candidate } from './types.js';

export interface MatchResult { matched: boolean; reasons: string[]; failedField: string | null }

interface NamedMatch { type: string; name: string; value: string; position: number }

function namedMatches(raw: unknown, caseInsensitive: boolean): NamedMatch[] {
  const seen = new Set<string>();
  const out: NamedMatch[] = [];
  asArray(raw).forEach((entry, position) => {
    const o = asObject(entry);
    const name = asString(o?.name);
    if (!o || name === undefined) return;
    const key = caseInsensitive ? name.toLowerCase() : name;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type: asString(o.type) ?? 'Exact', name, value: asString(o.value) ?? '', position });
  });
  return out;
}

function valueMatches(m: NamedMatch, actual: string): boolean {
  if (m.type === 'RegularExpression') {
    const r = regexFullMatch(m.value, actual);
    return r.ok && r.matched;
  }
  return actual === m.value;
}

function describeValue(m: NamedMatch): string {
  return m.type === 'RegularExpression' ? `~ /${m.value}/` : `= ${m.value}`;
}

export function evaluateCandidate(candidate: Candidate, view: RequestView): MatchResult {
  const reasons: string[] = [];
  const base = candidate.fieldPath;
  const fail = (reason: string, field: string): MatchResult => ({ matched: false, reasons: [...reasons, reason], failedField: field });
  const path = testPath(candidate.pathType, candidate.pathValue, view.pathWithoutQuery);
  if (!path.matched) return fail(path.reason, candidate.matchIndex === null ? base : `${base}.path`);
  reasons.push(path.reason);
  if (candidate.method !== null) {
    if (view.method !== candidate.method) return fail(`method ${view.method} is not ${candidate.method}`, `${base}.method`);
    reasons.push(`method ${view.method}`);
  }
  for (const h of namedMatches(candidate.match.headers, true)) {
    const actual = view.headers.get(h.name.toLowerCase());
    if (actual === undefined) return fail(`header ${h.name} is absent (header names are case-insensitive)`, `${base}.headers[${h.position}]`);
    if (!valueMatches(h, actual)) return fail(`header ${h.name}: ${actual} does not match ${describeValue(h)} (values are case-sensitive)`, `${base}.headers[${h.position}]`);
    reasons.push(`header ${h.name} ${describeValue(h)}`);
  }
  for (const q of namedMatches(candidate.match.queryParams, false)) {
    const actual = view.query.get(q.name)?.[0];
    if (actual === undefined) return fail(`query parameter ${q.name} is absent (query parameter names must match exactly, case included)`, `${base}.queryParams[${q.position}]`);
    if (!valueMatches(q, actual)) return fail(`query parameter ${q.name}=${actual} does not match ${describeValue(q)}`, `${base}.queryParams[${q.position}]`);
    reasons.push(`query parameter ${q.name} ${describeValue(q)}`);
  }
  return { matched: true, reasons, failedField: null };
}

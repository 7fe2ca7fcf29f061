import { asObject, type JsonObject } from '../../model.js';
import type { ConditionResult } from './match-outcome.js';
import type { RequestView } from './request-view.js';
import { isJwtClaimKey } from './header-conditions.js';
import { describeStringMatch, parseStringMatch, testStringMatch } from './string-match.js';

/** R3.4.1-R3.4.2: every `withoutHeaders` entry must NOT match; a missing header counts as "" for value matchers. */
export function evaluateWithoutHeaders(match: JsonObject, request: RequestView): ConditionResult[] {
  const entries = asObject(match.withoutHeaders);
  if (!entries) return [];
  return Object.entries(entries).map(([name, raw]) => evaluateWithoutHeader(name, raw, request));
}

function evaluateWithoutHeader(name: string, raw: unknown, request: RequestView): ConditionResult {
  const label = `withoutHeaders ${name}`;
  if (isJwtClaimKey(name)) {
    return { ok: true, reason: `${label} holds: a plain request carries no validated JWT claims, so the inverted claim condition is satisfied (R3.3.6)`, rules: ['R3.3.6', 'R3.4.1'] };
  }
  const spec = parseStringMatch(raw);
  const value = request.headers.get(name.toLowerCase());
  const base = `withoutHeaders.${name}`;
  if (spec.type === 'invalid') {
    return { ok: false, field: base, reason: `${label}: ${testStringMatch(spec, '').note}`, rules: ['R3.4.1'] };
  }
  if (spec.type === 'presence') {
    if (value === undefined) return { ok: true, reason: `header ${name} is absent, as withoutHeaders requires`, rules: ['R3.4.2'] };
    return {
      ok: false, field: base,
      reason: `${label}: the request carries header ${name} (value ${JSON.stringify(value)}); this condition excludes every request that has the header, even with an empty value (R3.4.2)`,
      rules: ['R3.4.2'],
    };
  }
  const field = `${base}.${spec.type}`;
  const expected = describeStringMatch(spec);
  const tested = value ?? '';
  const result = testStringMatch(spec, tested);
  if (!result.matched) {
    const shown = value === undefined ? 'the request has no such header (counted as "")' : `the request has ${JSON.stringify(value)}`;
    return { ok: true, reason: `${label} holds: ${shown}, which does not match ${expected} (R3.4.1)`, rules: ['R3.4.1'] };
  }
  if (value === undefined) {
    return {
      ok: false, field,
      reason: `${label}: the request has no such header, which counts as the empty value "", and "" matches ${expected}, so the route is excluded; with this condition the route can never match a request without the header (R3.4.1, R3.4.2)`,
      rules: ['R3.4.1', 'R3.4.2'],
    };
  }
  return {
    ok: false, field,
    reason: `${label}: the request's value ${JSON.stringify(value)} matches ${expected}, so this route excludes it (R3.4.1)`,
    rules: ['R3.4.1'],
  };
}

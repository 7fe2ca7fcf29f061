import type { ConditionResult } from './match-outcome.js';
import { describeStringMatch, parseStringMatch, testStringMatch } from './string-match.js';

export interface StringConditionInput {
  /** How the condition is named in sentences: `header end-user`, `method`, `query parameter v`. */
  label: string;
  /** Field path of the StringMatch relative to the match object, e.g. `headers.end-user`. */
  field: string;
  raw: unknown;
  /** The request's value, or undefined when the request does not carry it. */
  value: string | undefined;
  /** What "missing" is called: `header`, `query parameter`. */
  missingNoun: string;
  rules: string[];
  /** Appended to a failure caused by a present value (e.g. the case-sensitivity reminder). */
  mismatchNote?: string;
}

/** A positive StringMatch condition: missing never satisfies a value matcher (R3.3.3); `{}` = presence (R3.3.2). */
export function evaluateStringCondition(input: StringConditionInput): ConditionResult {
  const spec = parseStringMatch(input.raw);
  const field = spec.type === 'presence' || spec.type === 'invalid' ? input.field : `${input.field}.${spec.type}`;
  const expected = describeStringMatch(spec);
  const rules = input.rules;
  if (spec.type === 'invalid') {
    return { ok: false, field, reason: `${input.label}: ${testStringMatch(spec, '').note}`, rules };
  }
  if (input.value === undefined) {
    const what = spec.type === 'presence' ? 'must be present' : `expected ${expected}`;
    return { ok: false, field, reason: `${input.label}: ${what}, the request has no such ${input.missingNoun}`, rules };
  }
  if (spec.type === 'presence') {
    return { ok: true, reason: `${input.label} is present`, rules };
  }
  const result = testStringMatch(spec, input.value);
  if (result.matched) {
    return { ok: true, reason: `${input.label} ${expected} matched ${JSON.stringify(input.value)}`, rules };
  }
  const notes = [result.note, spec.type === 'regex' ? 'RE2 full match' : null, input.mismatchNote ?? null].filter((n): n is string => n !== null);
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return { ok: false, field, reason: `${input.label}: expected ${expected}, the request has ${JSON.stringify(input.value)}${suffix}`, rules };
}

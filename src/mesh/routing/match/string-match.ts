import { asObject } from '../../model.js';
import { looksLikeJavaScriptRegex, regexFullMatch } from './regex-cache.js';

/** An Istio StringMatch, read once. `presence` covers `{}`, no match type and `regex: "*"` (R3.3.2). */
export type StringMatchSpec =
  | { type: 'presence' }
  | { type: 'exact' | 'prefix' | 'regex'; value: string }
  | { type: 'invalid'; detail: string };

export function parseStringMatch(raw: unknown): StringMatchSpec {
  if (raw === undefined || raw === null) return { type: 'presence' };
  const obj = asObject(raw);
  if (!obj) return { type: 'invalid', detail: `${JSON.stringify(raw)} is not a StringMatch object (exact, prefix or regex)` };
  for (const type of ['exact', 'prefix', 'regex'] as const) {
    const v = obj[type];
    if (v === undefined || v === null) continue;
    const value = typeof v === 'string' ? v : String(v);
    if (type === 'regex' && value === '*') return { type: 'presence' };
    return { type, value };
  }
  return { type: 'presence' };
}

/** `exact "jason"`, `prefix "/api"`, `regex "v[0-9]+"`, `present`. */
export function describeStringMatch(spec: StringMatchSpec): string {
  if (spec.type === 'presence') return 'present';
  if (spec.type === 'invalid') return 'an invalid condition';
  return `${spec.type} ${JSON.stringify(spec.value)}`;
}

export interface StringTestResult {
  matched: boolean;
  /** Extra explanation: regex sub-match only, invalid regex, JavaScript-style regex, ... */
  note: string | null;
}

/** Compares a present value. Values are case-sensitive unless `ignoreCase` (ASCII only, like Envoy). */
export function testStringMatch(spec: StringMatchSpec, value: string, ignoreCase = false): StringTestResult {
  switch (spec.type) {
    case 'presence':
      return { matched: true, note: null };
    case 'invalid':
      return { matched: false, note: `${spec.detail}; Istio rejects such a condition` };
    case 'exact':
      return { matched: fold(value, ignoreCase) === fold(spec.value, ignoreCase), note: null };
    case 'prefix':
      return { matched: fold(value, ignoreCase).startsWith(fold(spec.value, ignoreCase)), note: null };
    case 'regex':
      return testRegex(spec.value, value);
  }
}

function testRegex(pattern: string, value: string): StringTestResult {
  const result = regexFullMatch(pattern, value);
  if (!result.ok) return { matched: false, note: `the regex is not valid RE2 (${result.error}), so nothing can match it` };
  if (result.matched) return { matched: true, note: null };
  const notes: string[] = [];
  if (result.partial) notes.push('it matches only part of the value, and RE2 needs a full match');
  if (looksLikeJavaScriptRegex(pattern)) notes.push('it looks like a JavaScript regex literal: the slashes and flags are literal characters in RE2');
  return { matched: false, note: notes.length > 0 ? notes.join('; ') : null };
}

function fold(s: string, ignoreCase: boolean): string {
  return ignoreCase ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s;
}

import { asObject, type JsonObject } from '../../model.js';
import type { ConditionResult } from './match-outcome.js';
import type { RequestView } from './request-view.js';
import { evaluateStringCondition } from './string-condition.js';
import { parseStringMatch } from './string-match.js';

const JWT_CLAIM_PREFIX = '@request.auth.claims';
const DOC_DRIFT_KEYS = new Set(['uri', 'scheme', 'method', 'authority']);

export function isJwtClaimKey(name: string): boolean {
  return name.startsWith(`${JWT_CLAIM_PREFIX}.`) || name.startsWith(`${JWT_CLAIM_PREFIX}[`);
}

/** R3.3.1-R3.3.6: every `headers` entry must hold; returns the first failing one, else a summary. */
export function evaluateHeaders(match: JsonObject, request: RequestView): ConditionResult[] {
  const headers = asObject(match.headers);
  if (!headers) return [];
  return Object.entries(headers).map(([name, raw]) => evaluateHeader(name, raw, request));
}

function evaluateHeader(name: string, raw: unknown, request: RequestView): ConditionResult {
  if (isJwtClaimKey(name)) {
    return {
      ok: false,
      field: `headers.${name}`,
      reason: `header ${name}: this is a JWT claim condition; claims come from a token validated by a RequestAuthentication, which a plain request cannot carry, so it does not match here (R3.3.6)`,
      rules: ['R3.3.6'],
    };
  }
  const lower = name.toLowerCase();
  const value = request.headers.get(lower);
  const result = evaluateStringCondition({
    label: `header ${name}`,
    field: `headers.${name}`,
    raw,
    value,
    missingNoun: 'header',
    rules: headerRules(name, raw, value),
    mismatchNote: 'header values are case-sensitive, R3.3.1',
  });
  if (!DOC_DRIFT_KEYS.has(lower)) return result;
  const note = ` (UNVERIFIED, R3.3.5: the API says a "${lower}" key inside headers is ignored, but current Istio code treats it as an ordinary header name, which is what is evaluated here)`;
  return { ...result, reason: result.reason + note, rules: [...result.rules, 'R3.3.5'], unverified: true };
}

function headerRules(name: string, raw: unknown, value: string | undefined): string[] {
  const presence = parseStringMatch(raw).type === 'presence';
  const rules = presence ? ['R3.3.2'] : value === undefined ? ['R3.3.3'] : ['R3.3.1'];
  if (name !== name.toLowerCase() || name.startsWith(':')) rules.push('R3.3.4');
  return rules;
}

import type { JsonObject } from '../../model.js';
import { evaluateHeaders } from './header-conditions.js';
import type { ConditionResult, MatchOutcome } from './match-outcome.js';
import { evaluatePseudoHeaders } from './pseudo-header-conditions.js';
import { evaluateQueryParams } from './query-params-conditions.js';
import type { RequestView } from './request-view.js';
import { parseStringMatch } from './string-match.js';
import { evaluateUri } from './uri-condition.js';
import { evaluateWithoutHeaders } from './without-headers-conditions.js';

/**
 * Runtime evaluation of one HTTPMatchRequest (R3.1.2: its conditions are AND-ed). Checks uri, scheme, method,
 * authority, headers, withoutHeaders, queryParams in that order and reports the first failing condition only.
 * Config-time fields (port, sourceLabels, sourceNamespace, gateways) are for keepMatchForProxy (R3.9).
 */
export function evaluateMatch(match: JsonObject, request: RequestView): MatchOutcome {
  const uri = evaluateUri(match, request);
  const others: ConditionResult[] = [
    ...evaluatePseudoHeaders(match, request),
    ...evaluateHeaders(match, request),
    ...evaluateWithoutHeaders(match, request),
    ...evaluateQueryParams(match, request),
  ];
  const conditions = [uri, ...others];
  const failed = conditions.find((c) => !c.ok);
  if (failed && !failed.ok) {
    return { matched: false, field: failed.field, reason: failed.reason, rules: failed.rules, unverified: failed.unverified === true };
  }
  const rules = [...new Set(['R3.1.2', ...conditions.flatMap((c) => c.rules)])];
  return {
    matched: true,
    // The implicit "prefix /" is only worth saying when it is the whole match.
    reason: (implicitUri(match) && others.length > 0 ? others : conditions).map((c) => c.reason).join('; '),
    rules,
    unverified: conditions.some((c) => c.unverified === true),
  };
}

function implicitUri(match: JsonObject): boolean {
  return parseStringMatch(match.uri).type === 'presence';
}

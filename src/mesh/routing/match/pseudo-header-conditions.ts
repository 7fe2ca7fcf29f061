import type { JsonObject } from '../../model.js';
import type { ConditionResult } from './match-outcome.js';
import type { RequestView } from './request-view.js';
import { evaluateStringCondition } from './string-condition.js';

/** R3.6.1, R3.7.1: `scheme`, `method`, `authority` are StringMatches on `:scheme`, `:method`, `:authority`. */
export function evaluatePseudoHeaders(match: JsonObject, request: RequestView): ConditionResult[] {
  const out: ConditionResult[] = [];
  if (match.scheme !== undefined && match.scheme !== null) {
    out.push(evaluateStringCondition({
      label: 'scheme', field: 'scheme', raw: match.scheme, value: request.scheme, missingNoun: 'scheme',
      rules: ['R3.6.1'], mismatchNote: 'case-sensitive, R3.6.1',
    }));
  }
  if (match.method !== undefined && match.method !== null) {
    out.push(evaluateStringCondition({
      label: 'method', field: 'method', raw: match.method, value: request.method, missingNoun: 'method',
      rules: ['R3.6.1'], mismatchNote: 'case-sensitive: GET is not get, R3.6.1',
    }));
  }
  if (match.authority !== undefined && match.authority !== null) {
    const hasPort = /:\d+$/.test(request.authority);
    out.push(evaluateStringCondition({
      label: 'authority', field: 'authority', raw: match.authority, value: request.authority, missingNoun: 'authority',
      rules: ['R3.7.1'],
      mismatchNote: hasPort ? 'the authority is compared as sent, port included, R3.7.1' : 'R3.7.1',
    }));
  }
  return out;
}

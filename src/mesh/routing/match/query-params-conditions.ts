import { asObject, type JsonObject } from '../../model.js';
import type { ConditionResult } from './match-outcome.js';
import type { RequestView } from './request-view.js';
import { evaluateStringCondition } from './string-condition.js';

/** R3.5.1-R3.5.2: each key must be present and its (first) value must satisfy the StringMatch. */
export function evaluateQueryParams(match: JsonObject, request: RequestView): ConditionResult[] {
  const params = asObject(match.queryParams);
  if (!params) return [];
  return Object.entries(params).map(([name, raw]) => evaluateQueryParam(name, raw, request));
}

function evaluateQueryParam(name: string, raw: unknown, request: RequestView): ConditionResult {
  const values = request.query.get(name);
  const result = evaluateStringCondition({
    label: `query parameter ${name}`,
    field: `queryParams.${name}`,
    raw,
    value: values?.[0],
    missingNoun: 'query parameter',
    rules: ['R3.5.1'],
  });
  const notes: string[] = [];
  if (values === undefined) {
    const other = [...request.query.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    if (other !== undefined) notes.push(`the request has ${JSON.stringify(other)}, and query parameter names are case-sensitive (R3.5.2)`);
  } else if (values.length > 1) {
    notes.push(`the request repeats it; Envoy compares the first value, ${JSON.stringify(values[0])}`);
  }
  const encoded = values?.[0]?.includes('%') === true;
  if (encoded) notes.push('whether Envoy percent-decodes query values before comparing is UNVERIFIED (R3.5.2); the value was compared as sent');
  if (notes.length === 0) return result;
  const rules = notes.some((n) => n.includes('R3.5.2')) ? [...result.rules, 'R3.5.2'] : result.rules;
  return { ...result, reason: `${result.reason} (${notes.join('; ')})`, rules, unverified: encoded || result.unverified };
}

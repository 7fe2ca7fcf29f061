// HTTPRouteRule.timeouts.request: the whole-request timeout; unset means none (Istio writes 0, R4.7.1).
import { asString, getIn } from '../model.js';
import type { RouteTimeout } from '../routing/types.js';
import type { Candidate } from './types.js';

export function timeoutOf(c: Candidate): RouteTimeout {
  const value = asString(getIn(c.route.object, 'spec', 'rules', c.ruleIndex, 'timeouts', 'request'));
  if (value) return { value, isDefault: false, description: `timeouts.request ${value} on the matched rule` };
  return { value: null, isDefault: true, description: 'no timeouts.request on the matched rule: no route timeout' };
}

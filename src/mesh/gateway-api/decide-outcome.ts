// Stage 'outcome': what the proxy does with the chosen rule. Invalid filters or backends, no backendRefs and
// all-zero weights answer 500 (Gateway API); a redirect answers itself; otherwise the request is forwarded.
import type { RouteDestination, RouteOutcome } from '../routing/types.js';
import type { FilterEffects } from './apply-filters.js';

export interface Outcome {
  outcome: RouteOutcome;
  status: number | null;
  responseFlag: string | null;
  /** Why, as a clause completing "the request ...". */
  why: string;
}

function serverError(why: string): Outcome {
  return { outcome: 'DIRECT_RESPONSE', status: 500, responseFlag: null, why };
}

/** `noCluster[i]`: destination i names a cluster the proxy does not have (503 NC, R4.13.1) rather than an invalid backend (500). */
export function decideOutcome(effects: FilterEffects, destinations: RouteDestination[], noCluster: readonly boolean[] = []): Outcome {
  if (effects.invalid) return serverError(`gets 500 because a filter of the rule is invalid (${effects.invalid})`);
  if (effects.redirect) return { outcome: 'REDIRECTED', status: effects.redirect.status, responseFlag: null, why: `is redirected to ${effects.redirect.location}` };
  if (destinations.length === 0) return serverError('gets 500: the rule has no backendRefs and no filter that answers (Gateway API)');
  const weighted = destinations.filter((d) => d.weight > 0);
  if (weighted.length === 0) return serverError('gets 500: every backendRef has weight 0 (Gateway API)');
  const missing = destinations.filter((d, i) => d.weight > 0 && noCluster[i] === true);
  const valid = weighted.filter((d) => d.status !== 'CLUSTER_NOT_FOUND');
  if (valid.length === 0 && missing.length > 0) {
    return { outcome: 'CLUSTER_NOT_FOUND', status: 503, responseFlag: 'NC', why: `gets 503 (NC): ${missing.map((d) => d.reason).join('; ')}` };
  }
  if (valid.length === 0) return serverError('gets 500: every backendRef it would use is invalid (Gateway API)');
  const healthy = valid.filter((d) => d.status === 'OK');
  if (healthy.length === 0) return { outcome: 'NO_HEALTHY_UPSTREAM', status: 503, responseFlag: 'UH', why: 'gets 503: no backend has a ready endpoint' };
  const split = healthy.map((d) => `${d.service?.name ?? d.host} (${d.weight}%)`).join(', ');
  const missingShare = missing.reduce((a, d) => a + d.weight, 0);
  const invalidShare = weighted.filter((d) => d.status === 'CLUSTER_NOT_FOUND').reduce((a, d) => a + d.weight, 0) - missingShare;
  const unhealthyShare = valid.filter((d) => d.status !== 'OK').reduce((a, d) => a + d.weight, 0);
  const extra = [invalidShare > 0 ? `${invalidShare}% get 500 (invalid backend)` : null, missingShare > 0 ? `${missingShare}% get 503 (NC: no such cluster)` : null, unhealthyShare > 0 ? `${unhealthyShare}% get 503 (no ready endpoint)` : null].filter((x): x is string => x !== null);
  return { outcome: 'ROUTED', status: null, responseFlag: null, why: `goes to ${split}${extra.length > 0 ? `; ${extra.join(', ')}` : ''}` };
}

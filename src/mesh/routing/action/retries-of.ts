import { asObject, asString, type JsonObject } from '../../model.js';
import type { RouteRetries } from '../types.js';

export const DEFAULT_RETRY_ON = 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes';
const DEFAULT_ATTEMPTS = 2;

/**
 * R4.9.1-R4.9.2: the effective retry policy. `route` null means the default route of a host without a
 * VirtualService (R3.12.1), which also gets the default policy. `consistentHash`: the destination's
 * DestinationRule uses consistent-hash load balancing (drops the previous-hosts predicate).
 */
export function retriesOf(route: JsonObject | null, consistentHash: boolean): RouteRetries {
  const retries = route ? asObject(route.retries) : undefined;
  if (!retries) {
    const hosts = consistentHash
      ? 'consistent-hash load balancing keeps retries on the same host'
      : 'retries prefer hosts not tried yet';
    return {
      attempts: DEFAULT_ATTEMPTS,
      perTryTimeout: null,
      retryOn: DEFAULT_RETRY_ON,
      isDefault: true,
      description: `Istio's default retry policy applies although none is configured: ${DEFAULT_ATTEMPTS} retries on ${DEFAULT_RETRY_ON}; ${hosts} (R4.9.1). No status codes are configured, so retriable-status-codes does nothing by itself (UNVERIFIED runtime detail, R4.9.1). meshConfig.defaultHttpRetryPolicy can replace this default mesh-wide.`,
    };
  }
  const attempts = typeof retries.attempts === 'number' ? Math.trunc(retries.attempts) : 0;
  if (attempts <= 0) {
    const why = retries.attempts === undefined ? 'retries is set without attempts (0), which' : 'retries.attempts is 0, which';
    return { attempts: 0, perTryTimeout: null, retryOn: null, isDefault: false, description: `${why} removes the retry policy: failed requests are not retried (R4.9.2)` };
  }
  const perTryTimeout = asString(retries.perTryTimeout) ?? null;
  const configured = asString(retries.retryOn);
  const parsed = configured ? parseRetryOn(configured) : { retryOn: DEFAULT_RETRY_ON, codes: [] };
  const retryOn = parsed.retryOn;
  const codes = parsed.codes.length > 0 ? ` (status codes ${parsed.codes.join(', ')})` : '';
  const onText = configured ? `on ${retryOn}${codes}` : `on the default conditions ${retryOn}`;
  const perTry = perTryTimeout ? `, each try limited to ${perTryTimeout}` : '';
  return {
    attempts,
    perTryTimeout,
    retryOn,
    isDefault: false,
    description: `up to ${attempts} retries ${onText}${perTry}, as configured in retries (R4.9.2)`,
  };
}

/** R4.9.2: integers in retryOn are retriable status codes, and `retriable-status-codes` is added for them. */
function parseRetryOn(retryOn: string): { retryOn: string; codes: string[] } {
  const parts = retryOn.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const codes = parts.filter((p) => /^\d+$/.test(p) && Number(p) >= 100 && Number(p) <= 599);
  const conditions = parts.filter((p) => !codes.includes(p));
  if (codes.length > 0 && !conditions.includes('retriable-status-codes')) conditions.push('retriable-status-codes');
  return { retryOn: conditions.join(','), codes };
}

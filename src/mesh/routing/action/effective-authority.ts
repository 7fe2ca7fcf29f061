import { asObject, asString, type JsonObject } from '../../model.js';
import type { RequestView } from '../match/request-view.js';

export interface EffectiveAuthority {
  /** The Host / :authority the upstream receives. */
  authority: string;
  /**
   * Field that set it, relative to the HTTPRoute (`rewrite.authority`, `headers.request.set.host`), or prefixed
   * with `destination.` when it comes from the HTTPRouteDestination passed in.
   */
  source: string;
  /** The authority as the caller sent it. */
  original: string;
}

/** R4.5.4, R4.6.1-R4.6.2: the upstream Host rewrite, or null when the request's authority is kept. */
export function effectiveAuthority(route: JsonObject, destination: JsonObject | undefined, request: RequestView): EffectiveAuthority | null {
  const rewriteAuthority = asString(asObject(route.rewrite)?.authority);
  if (rewriteAuthority) return { authority: rewriteAuthority, source: 'rewrite.authority', original: request.authority };
  const routeLevel = authorityFromHeaders(route);
  if (routeLevel) return { ...routeLevel, original: request.authority };
  // R4.6.2: a destination-level authority only applies when the route sets none.
  const destinationLevel = destination ? authorityFromHeaders(destination) : null;
  if (destinationLevel) return { authority: destinationLevel.authority, source: `destination.${destinationLevel.source}`, original: request.authority };
  return null;
}

/** R4.6.1: `host` or `:authority` in `headers.request.set`/`add` is a Host rewrite; `set` wins over `add`. */
function authorityFromHeaders(owner: JsonObject): { authority: string; source: string } | null {
  const request = asObject(asObject(owner.headers)?.request);
  for (const op of ['set', 'add'] as const) {
    const entries = asObject(request?.[op]);
    if (!entries) continue;
    for (const [key, value] of Object.entries(entries)) {
      const lower = key.toLowerCase();
      if ((lower === 'host' || lower === ':authority') && typeof value === 'string' && value !== '') {
        return { authority: value, source: `headers.request.${op}.${key}` };
      }
    }
  }
  return null;
}

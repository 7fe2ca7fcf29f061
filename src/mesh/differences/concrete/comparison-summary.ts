// How routing, splitting, load balancing, retries, timeouts and faults differ for the host, over all requests.
import type { ServiceInfo } from '../../index/types.js';
import type { AppliedDestinationRule, AppliedVirtualService, ComparisonAspect, RequestComparison } from './host-comparison-types.js';

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function routing(owner: AppliedVirtualService | undefined, requests: readonly RequestComparison[]): string {
  if (!owner) return 'No VirtualService owns the host on sidecars: the default route (prefix /) sends every request to all ready Pods (R3.12.1).';
  const unmatched = requests.find((r) => r.derivedFrom.match === 'no route');
  const tail = unmatched
    ? `a request matching none (e.g. ${unmatched.request.path}) gets ${unmatched.mesh.status ?? 404} ${unmatched.mesh.responseFlag ?? 'NR'}`
    : 'it has a catch-all route, so every request matches a route';
  return `VirtualService ${owner.namespace}/${owner.name}: ${owner.httpRoutes} http route(s) tried in order, first match wins; ${tail} (R3.1.1, R3.10.1).`;
}

function splitting(requests: readonly RequestComparison[]): string {
  const splits = requests.filter((r) => r.mesh.outcome === 'ROUTED').map((r) =>
    r.mesh.destinations.filter((d) => d.weight > 0).map((d) => `${d.weight}% ${d.subset ? `subset ${d.subset}` : d.host}`).join(' + '));
  return splits.length === 0 ? 'No request was forwarded.' : `Per matched route: ${unique(splits).join('; ')} (weights per request, R4.2.2).`;
}

function described(requests: readonly RequestComparison[], pick: (r: RequestComparison) => string | null, none: string, routedOnly = true): string {
  const values = unique(requests.filter((r) => !routedOnly || r.mesh.outcome === 'ROUTED').map(pick).filter((v): v is string => v !== null));
  return values.length === 0 ? none : values.join('; ');
}

export function comparisonSummary(
  service: ServiceInfo, virtualServices: readonly AppliedVirtualService[], destinationRules: readonly AppliedDestinationRule[],
  requests: readonly RequestComparison[],
): ComparisonAspect[] {
  const owner = virtualServices.find((v) => v.ownsMeshHost);
  const rule = destinationRules.find((d) => d.applies);
  const affinity = service.sessionAffinity === 'ClientIP' ? ' sessionAffinity ClientIP pins a client to one Pod.' : '';
  const faults = described(requests, (r) => {
    const f = r.mesh.fault;
    if (!f) return null;
    const parts = [f.delay ? `delay ${f.delay.fixedDelay} for ${f.delay.percent}%` : '', f.abort ? `abort ${f.abort.status} for ${f.abort.percent}%` : ''].filter(Boolean);
    return `${r.label}: ${parts.join(', ')}`;
  }, 'None configured.', false);
  return [
    { aspect: 'routing', kubernetes: 'None at L7: every connection to the port reaches a ready Pod, whatever the path or headers (R6.5.1).', mesh: routing(owner, requests), rules: ['R6.5.1', 'R3.1.1', 'R3.10.1'] },
    { aspect: 'splitting', kubernetes: 'Equal share over all ready Pods the selector matches (R6.1.1).', mesh: splitting(requests), rules: ['R6.1.1', 'R4.2.2', 'R5.6.1'] },
    {
      aspect: 'load-balancing',
      kubernetes: `A random ready Pod per connection (iptables mode).${affinity}`,
      mesh: rule ? `${rule.loadBalancer} per request (DestinationRule ${rule.namespace}/${rule.name}); sessionAffinity is ignored.` : 'LEAST_REQUEST per request (Istio default, no DestinationRule); sessionAffinity is ignored.',
      rules: ['R6.5.1', 'R6.5.2', 'R3.12.2', 'R5.8.1', 'R6.5.3'],
    },
    { aspect: 'retries', kubernetes: 'None.', mesh: described(requests, (r) => r.mesh.retries?.description ?? null, 'Not applicable: no request was forwarded.'), rules: ['R4.9.1', 'R4.9.2'] },
    { aspect: 'timeouts', kubernetes: 'None.', mesh: described(requests, (r) => r.mesh.timeout?.description ?? null, 'Not applicable: no request was forwarded.'), rules: ['R4.7.1'] },
    { aspect: 'faults', kubernetes: 'None.', mesh: faults, rules: ['R4.8.1', 'R4.8.2'] },
  ];
}

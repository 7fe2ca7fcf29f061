// DestinationRules for a Service host, and the one a client in the Service's namespace uses (R5.5.1, R5.5.2).
import type { DestinationRuleInfo, MeshIndex, ServiceInfo } from '../../index/types.js';
import { hostMatches, mostSpecificMatch } from '../../hosts.js';
import { ISTIO_ROOT_NAMESPACE, asObject, asString } from '../../model.js';
import type { AppliedDestinationRule } from './host-comparison-types.js';

/** R5.8.1: the load balancer a DestinationRule's top-level policy asks for. */
export function loadBalancerOf(rule: DestinationRuleInfo | undefined): string {
  const lb = asObject(asObject(rule?.trafficPolicy)?.loadBalancer);
  if (!lb) return 'LEAST_REQUEST (default)';
  if (asObject(lb.consistentHash)) return 'consistentHash';
  const simple = asString(lb.simple);
  if (!simple || simple === 'UNSPECIFIED') return 'LEAST_REQUEST (default)';
  if (simple === 'LEAST_CONN') return 'LEAST_REQUEST';
  return simple;
}

/** R5.5.1 from a client in the Service's namespace: that namespace first, then istio-system; most specific host inside. */
export function chosenDestinationRule(index: MeshIndex, service: ServiceInfo): DestinationRuleInfo | undefined {
  for (const namespace of [service.namespace, ISTIO_ROOT_NAMESPACE]) {
    const inNamespace = index.destinationRules.filter((d) => d.namespace === namespace && !d.workloadSelector && hostMatches(d.host, service.fqdn));
    const best = mostSpecificMatch(service.fqdn, inNamespace.map((d) => d.host));
    if (best !== undefined) return inNamespace.find((d) => d.host === best);
  }
  return undefined;
}

export function applicableDestinationRules(index: MeshIndex, service: ServiceInfo): AppliedDestinationRule[] {
  const chosen = chosenDestinationRule(index, service);
  return index.destinationRules.filter((d) => hostMatches(d.host, service.fqdn)).map((d) => ({
    namespace: d.namespace,
    name: d.name,
    host: d.host,
    subsets: d.subsets.map((s) => ({
      name: s.name,
      labels: { ...s.labels },
      pods: index.podsMatching(service.namespace, { ...(service.selector ?? {}), ...s.labels }).map((p) => `${p.namespace}/${p.name}`),
    })),
    loadBalancer: loadBalancerOf(d),
    applies: d === chosen,
    reason: d === chosen
      ? `used by clients in ${service.namespace} (lookup path R5.5.1)`
      : `not used by clients in ${service.namespace}: another DestinationRule comes first on the lookup path, or it has a workloadSelector (R5.5.1, R5.5.3)`,
    source: index.cite(d.resource, 'spec.host'),
  }));
}

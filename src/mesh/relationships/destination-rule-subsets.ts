// DestinationRule subset -> Pods: service selector ∪ subset labels (R5.6.1).
import type { Labels } from '../model.js';
import type { DestinationRuleInfo, EndpointInfo, MeshIndex, PodInfo, ServiceInfo, ServicePortInfo, SubsetInfo } from '../index/types.js';
import { labelsContain } from './index-lookups.js';
import { servicePods } from './service-pods.js';
import { hostServices } from './destination-rule-services.js';
import { citation, edge, missingNode, podNode, resourceNode, type Relation, type RelationEdge } from './relation.js';

/** Pods of the Service whose labels contain every subset label; a subset without labels keeps them all (R5.6.1). */
export function subsetPods(index: MeshIndex, service: ServiceInfo, subsetLabels: Labels): PodInfo[] {
  if (service.selector) {
    for (const [k, v] of Object.entries(subsetLabels)) if (k in service.selector && service.selector[k] !== v) return [];
    return index.podsMatching(service.namespace, { ...service.selector, ...subsetLabels });
  }
  return servicePods(index, service).pods.filter((p) => labelsContain(p.labels, subsetLabels));
}

/** Endpoints of cluster `outbound|port|subset|fqdn`; endpoints without a known pod have no labels (R5.6.1). */
export function subsetEndpoints(index: MeshIndex, service: ServiceInfo, port: ServicePortInfo, subsetLabels: Labels): EndpointInfo[] {
  const wanted = Object.keys(subsetLabels).length > 0;
  return index.endpoints(service, port).filter((e) => (e.pod ? labelsContain(e.pod.labels, subsetLabels) : !wanted));
}

export interface SubsetPods {
  subset: SubsetInfo;
  service: ServiceInfo | null;
  pods: PodInfo[];
  status: 'OK' | 'MISSING';
  reason: string | null;
}

export function destinationRuleSubsets(index: MeshIndex, rule: DestinationRuleInfo): SubsetPods[] {
  const services = hostServices(index, rule).services;
  return rule.subsets.flatMap((subset): SubsetPods[] => {
    if (services.length === 0) return [{ subset, service: null, pods: [], status: 'MISSING', reason: `host ${rule.host} matches no Service of the set, so the subset selects nothing (R5.5.5)` }];
    return services.map((service) => {
      const pods = subsetPods(index, service, subset.labels);
      const reason = pods.length > 0 ? null : `subset ${subset.name} selects no pod of Service ${service.namespace}/${service.name}: it may lead to 503 UH (R5.6.1, R5.6.2)`;
      return { subset, service, pods, status: pods.length > 0 ? 'OK' : 'MISSING', reason };
    });
  });
}

export const destinationRuleSubsetsRelation: Relation = Object.freeze({
  name: 'destination-rule-subsets',
  description: 'DestinationRule subset -> the Pods it selects (Service selector plus subset labels, R5.6.1); MISSING when none',
  edges(index: MeshIndex): RelationEdge[] {
    return index.destinationRules.flatMap((rule) => {
      const from = resourceNode(rule.resource);
      return destinationRuleSubsets(index, rule).flatMap((s) => {
        const source = citation(rule.resource, s.subset.fieldPath);
        const kind = `subset ${s.subset.name}`;
        if (s.status === 'MISSING') return [edge(from, missingNode('Pod', rule.namespace, `(no pod for subset ${s.subset.name} of ${rule.name})`), kind, 'MISSING', s.reason, source)];
        return s.pods.map((pod) => edge(from, podNode(pod), kind, 'OK', null, source));
      });
    });
  },
});

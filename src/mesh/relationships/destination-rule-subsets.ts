// DestinationRule subset -> Pods: service selector ∪ subset labels (R5.6.1).
import type { Labels } from '../model.js';
import type { DestinationRuleInfo, EndpointInfo, MeshIndex, PodInfo, ServiceInfo, ServicePortInfo, SubsetInfo } from '../index/types.js';
import { labelsContain, lookups } from './index-lookups.js';
import { reverseLookups } from './reverse-lookups.js';
import { defineRelation } from './define-relation.js';
import { servicePods } from './service-pods.js';
import { hostServices } from './destination-rule-services.js';
import { citation, edge, missingNode, podNode, resourceNode, type Relation, type RelationNode } from './relation.js';

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

const NO_POD = /^\(no pod for subset .* of ([^ ]+)\)$/;

/** Rules whose subsets may select the pod: rules near the hosts of the Services that may have it as an endpoint. */
function candidateRules(index: MeshIndex, node: RelationNode): readonly DestinationRuleInfo[] {
  if (node.kind !== 'Pod' || !node.namespace) return [];
  const pod = index.pod(node.namespace, node.name);
  if (pod) return reverseLookups(index).servicesOfPod(pod).flatMap((s) => lookups(index).destinationRulesNear(s.fqdn));
  const named = NO_POD.exec(node.name);
  const rule = named ? lookups(index).destinationRule(node.namespace, named[1]) : undefined;
  return rule ? [rule] : [];
}

export const destinationRuleSubsetsRelation: Relation = defineRelation<DestinationRuleInfo>({
  name: 'destination-rule-subsets',
  description: 'DestinationRule subset -> the Pods it selects (Service selector plus subset labels, R5.6.1); MISSING when none',
  sources: (index) => index.destinationRules,
  sourceOf: (index, node) => (node.kind === 'DestinationRule' && node.namespace ? lookups(index).destinationRule(node.namespace, node.name) : undefined),
  edgesOf(index, rule) {
    const from = resourceNode(rule.resource);
    return destinationRuleSubsets(index, rule).flatMap((s) => {
      const source = citation(rule.resource, s.subset.fieldPath);
      const kind = `subset ${s.subset.name}`;
      if (s.status === 'MISSING') return [edge(from, missingNode('Pod', rule.namespace, `(no pod for subset ${s.subset.name} of ${rule.name})`), kind, 'MISSING', s.reason, source)];
      return s.pods.map((pod) => edge(from, podNode(pod), kind, 'OK', null, source));
    });
  },
  candidates: candidateRules,
});

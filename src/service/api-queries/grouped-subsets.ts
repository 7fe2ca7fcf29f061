import type { DestinationRuleInfo, MeshIndex, PodInfo } from '../../mesh/index/types.js';
import type { Labels } from '../../mesh/model.js';
import { destinationRuleSubsets } from '../../mesh/relationships/index.js';
import { distinct } from './service-relations.js';

export interface GroupedSubset {
  name: string;
  labels: Labels;
  fieldPath: string;
  /** Over every Service the rule's host names: Service selector plus subset labels (R5.6.1). */
  pods: PodInfo[];
  status: 'OK' | 'MISSING';
  reason: string | null;
}

/** One entry per subset of the rule (the engine answers per subset and Service). */
export function groupedSubsets(index: MeshIndex, rule: DestinationRuleInfo): GroupedSubset[] {
  const perService = destinationRuleSubsets(index, rule);
  return rule.subsets.map((subset) => {
    const entries = perService.filter((s) => s.subset === subset);
    const pods = distinct(entries.flatMap((e) => e.pods));
    const reasons = entries.map((e) => e.reason).filter((r): r is string => r !== null);
    return {
      name: subset.name, labels: subset.labels, fieldPath: subset.fieldPath, pods,
      status: pods.length > 0 ? 'OK' : 'MISSING', reason: pods.length > 0 ? null : reasons.join('; ') || null,
    };
  });
}

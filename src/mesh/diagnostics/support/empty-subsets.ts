// R5.6.1: DestinationRule subsets that select no Pod of their Service, and whether a VirtualService routes to them.
import type { Labels } from '../../model.js';
import type { DestinationRuleInfo, MeshIndex, ServiceInfo, SubsetInfo } from '../../index/types.js';
import { destinationRuleSubsets } from '../../relationships/index.js';
import { virtualServiceDestinations } from './destinations.js';
import { endpointLabels } from './topology-labels.js';
import { memoize } from './memoize.js';

export interface EmptySubset { rule: DestinationRuleInfo; subset: SubsetInfo; service: ServiceInfo; referenced: boolean }

/** Second chance for subsets on topology labels, which come from the Node rather than the pod. */
function selectsByTopology(index: MeshIndex, service: ServiceInfo, subset: SubsetInfo): boolean {
  if (!service.selector) return false;
  return index.podsMatching(service.namespace, service.selector)
    .some((pod) => { const labels = endpointLabels(index, pod); return Object.entries(subset.labels).every(([k, v]) => labels[k] === v); });
}

function routedSubsets(index: MeshIndex): Set<string> {
  const out = new Set<string>();
  for (const virtualService of index.virtualServices) {
    for (const d of virtualServiceDestinations(virtualService)) if (d.subset) out.add(`${d.host}|${d.subset}`);
  }
  return out;
}

/** Computed once per index (MX0020 and MX0030 both read it). */
export const emptySubsets = memoize((index: MeshIndex): readonly EmptySubset[] => {
  const routed = routedSubsets(index);
  const out: EmptySubset[] = [];
  for (const rule of index.destinationRules) {
    for (const entry of destinationRuleSubsets(index, rule)) {
      if (entry.status !== 'MISSING' || !entry.service || selectsByTopology(index, entry.service, entry.subset)) continue;
      out.push({ rule, subset: entry.subset, service: entry.service, referenced: routed.has(`${entry.service.fqdn}|${entry.subset.name}`) });
    }
  }
  return out;
});

export function describeLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? 'no labels' : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

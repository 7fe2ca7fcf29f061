import type { DestinationRuleResolvers, SubsetResolvers } from '../../../../generated/graphql.js';
import { hostServices } from '../../../../mesh/relationships/index.js';
import { groupedSubsets } from '../../../../service/api-queries/index.js';
import { inIndex } from '../../mesh-models.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const DestinationRule: DestinationRuleResolvers = {
  namespace: ({ destinationRule }) => destinationRule.namespace,
  name: ({ destinationRule }) => destinationRule.name,
  hostRaw: ({ destinationRule }) => destinationRule.hostRaw,
  host: ({ destinationRule }) => destinationRule.host,
  exportTo: ({ destinationRule }) => destinationRule.exportTo,
  services: ({ index, destinationRule }) => inIndex(index, 'service', hostServices(index, destinationRule).services),
  subsets: ({ index, destinationRule }) => groupedSubsets(index, destinationRule).map((subset) => ({ index, destinationRule, subset })),
  source: ({ index, destinationRule }) => sourceOf(index, destinationRule.resource),
  yaml: ({ destinationRule }) => yamlOf(destinationRule.resource),
  diagnostics: ({ index, destinationRule }) => diagnosticsOf(index, destinationRule.resource),
};

export const Subset: SubsetResolvers = {
  name: ({ subset }) => subset.name,
  labels: ({ subset }) => subset.labels,
  pods: ({ index, subset }) => inIndex(index, 'pod', subset.pods),
  status: ({ subset }) => subset.status,
  reason: ({ subset }) => subset.reason,
  source: ({ index, destinationRule, subset }) => sourceOf(index, destinationRule.resource, subset.fieldPath),
};

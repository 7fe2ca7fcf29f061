import type { WorkloadResolvers } from '../../../../generated/graphql.js';
import { servicesOfPods, workloadPods } from '../../../../service/api-queries/index.js';
import { inIndex } from '../../mesh-models.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const Workload: WorkloadResolvers = {
  kind: ({ resource }) => resource.kind,
  namespace: ({ resource }) => resource.namespace,
  name: ({ resource }) => resource.name,
  labels: ({ resource }) => resource.labels,
  pods: ({ index, resource }) => inIndex(index, 'pod', workloadPods(index, resource)),
  services: ({ index, resource }) => inIndex(index, 'service', servicesOfPods(index, workloadPods(index, resource))),
  source: ({ index, resource }) => sourceOf(index, resource),
  yaml: ({ resource }) => yamlOf(resource),
  diagnostics: ({ index, resource }) => diagnosticsOf(index, resource),
};

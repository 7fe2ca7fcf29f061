import type { PodResolvers } from '../../../../generated/graphql.js';
import { podWorkload } from '../../../../mesh/relationships/index.js';
import { findingsOf, podVirtualServices } from '../../../../service/api-queries/index.js';
import { inIndex } from '../../mesh-models.js';
import { sourceOf, yamlOf } from './mesh-object-fields.js';

export const Pod: PodResolvers = {
  namespace: ({ pod }) => pod.namespace,
  name: ({ pod }) => pod.name,
  labels: ({ pod }) => pod.labels,
  ip: ({ pod }) => pod.ip,
  ready: ({ pod }) => pod.ready,
  readinessAssumed: ({ pod }) => pod.readinessAssumed,
  readinessReason: ({ pod }) => pod.readinessReason,
  containerPorts: ({ pod }) => pod.containerPorts,
  implied: ({ pod }) => pod.implied,
  perNode: ({ pod }) => pod.perNode,
  workload: ({ index, pod }) => ({ index, resource: podWorkload(index, pod) }),
  services: ({ index, pod }) => inIndex(index, 'service', index.servicesSelecting(pod)),
  virtualServices: ({ index, pod }) => inIndex(index, 'virtualService', podVirtualServices(index, pod)),
  source: ({ index, pod }) => sourceOf(index, pod.resource, pod.templatePath),
  yaml: ({ pod }) => yamlOf(pod.resource),
  diagnostics: ({ index, pod }) => findingsOf(index, { kind: 'Pod', namespace: pod.namespace, name: pod.name }),
};

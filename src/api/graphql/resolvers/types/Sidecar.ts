import type { SidecarResolvers } from '../../../../generated/graphql.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const Sidecar: SidecarResolvers = {
  namespace: ({ sidecar }) => sidecar.namespace,
  name: ({ sidecar }) => sidecar.name,
  workloadSelector: ({ sidecar }) => sidecar.workloadSelector,
  egressHosts: ({ sidecar }) => sidecar.egressHosts.map((h) => h.raw),
  outboundTrafficPolicy: ({ sidecar }) => sidecar.outboundTrafficPolicy,
  source: ({ index, sidecar }) => sourceOf(index, sidecar.resource),
  yaml: ({ sidecar }) => yamlOf(sidecar.resource),
  diagnostics: ({ index, sidecar }) => diagnosticsOf(index, sidecar.resource),
};

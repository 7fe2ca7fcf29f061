import type { ServiceEntryResolvers } from '../../../../generated/graphql.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const ServiceEntry: ServiceEntryResolvers = {
  namespace: ({ serviceEntry }) => serviceEntry.namespace,
  name: ({ serviceEntry }) => serviceEntry.name,
  hosts: ({ serviceEntry }) => serviceEntry.hosts,
  ports: ({ serviceEntry }) => serviceEntry.ports.map(({ number, name, protocol, targetPort }) => ({ number, name, protocol, targetPort })),
  resolution: ({ serviceEntry }) => serviceEntry.resolution,
  location: ({ serviceEntry }) => serviceEntry.location,
  exportTo: ({ serviceEntry }) => serviceEntry.exportTo,
  workloadSelector: ({ serviceEntry }) => serviceEntry.workloadSelector,
  source: ({ index, serviceEntry }) => sourceOf(index, serviceEntry.resource),
  yaml: ({ serviceEntry }) => yamlOf(serviceEntry.resource),
  diagnostics: ({ index, serviceEntry }) => diagnosticsOf(index, serviceEntry.resource),
};

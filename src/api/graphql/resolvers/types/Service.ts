import type { ServiceResolvers } from '../../../../generated/graphql.js';
import { servicePods, servicePorts } from '../../../../mesh/relationships/index.js';
import { serviceDestinationRules, serviceRoutedFrom, serviceVirtualServices } from '../../../../service/api-queries/index.js';
import { inIndex } from '../../mesh-models.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const Service: ServiceResolvers = {
  namespace: ({ service }) => service.namespace,
  name: ({ service }) => service.name,
  fqdn: ({ service }) => service.fqdn,
  type: ({ service }) => service.type,
  headless: ({ service }) => service.headless,
  clusterIP: ({ service }) => service.clusterIP,
  externalName: ({ service }) => service.externalName,
  selector: ({ service }) => service.selector,
  labels: ({ service }) => service.resource.labels,
  ports: ({ index, service }) => servicePorts(index, service).map((view) => ({ index, service, view })),
  pods: ({ index, service }) => inIndex(index, 'pod', servicePods(index, service).pods),
  podsReason: ({ index, service }) => servicePods(index, service).reason,
  virtualServices: ({ index, service }) => inIndex(index, 'virtualService', serviceVirtualServices(index, service)),
  routedFrom: ({ index, service }) => inIndex(index, 'virtualService', serviceRoutedFrom(index, service)),
  destinationRules: ({ index, service }) => inIndex(index, 'destinationRule', serviceDestinationRules(index, service)),
  source: ({ index, service }) => sourceOf(index, service.resource),
  yaml: ({ service }) => yamlOf(service.resource),
  diagnostics: ({ index, service }) => diagnosticsOf(index, service.resource),
};

import type { VirtualServiceResolvers } from '../../../../generated/graphql.js';
import { virtualServiceDestinations, virtualServiceGateways, virtualServiceHosts } from '../../../../mesh/relationships/index.js';
import { inIndex } from '../../mesh-models.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const VirtualService: VirtualServiceResolvers = {
  namespace: ({ virtualService }) => virtualService.namespace,
  name: ({ virtualService }) => virtualService.name,
  hosts: ({ index, virtualService }) => virtualServiceHosts(index, virtualService).map((host) => ({ index, virtualService, host })),
  gateways: ({ index, virtualService }) => virtualServiceGateways(index, virtualService).map((gateway) => ({ index, virtualService, gateway })),
  exportTo: ({ virtualService }) => virtualService.exportTo,
  isDelegate: ({ virtualService }) => virtualService.isDelegate,
  destinations: ({ index, virtualService }) => inIndex(index, 'destination', virtualServiceDestinations(index, virtualService)),
  source: ({ index, virtualService }) => sourceOf(index, virtualService.resource),
  yaml: ({ virtualService }) => yamlOf(virtualService.resource),
  diagnostics: ({ index, virtualService }) => diagnosticsOf(index, virtualService.resource),
};

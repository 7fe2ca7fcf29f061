// A VirtualService's links: each host resolved, each gateway named, each destination reached.
import type {
  VirtualServiceDestinationResolvers, VirtualServiceGatewayResolvers, VirtualServiceHostResolvers,
} from '../../../../generated/graphql.js';
import { inIndex } from '../../mesh-models.js';
import { sourceOf } from './mesh-object-fields.js';

export const VirtualServiceHost: VirtualServiceHostResolvers = {
  raw: ({ host }) => host.raw,
  fqdn: ({ host }) => host.fqdn,
  resolution: ({ host }) => host.resolution,
  services: ({ index, host }) => inIndex(index, 'service', host.services),
  serviceEntries: ({ index, host }) => inIndex(index, 'serviceEntry', host.serviceEntries),
  status: ({ host }) => host.status,
  reason: ({ host }) => host.reason,
  source: ({ index, virtualService, host }) => sourceOf(index, virtualService.resource, host.fieldPath),
};

export const VirtualServiceGateway: VirtualServiceGatewayResolvers = {
  name: ({ gateway }) => gateway.ref.raw,
  normalized: ({ gateway }) => gateway.ref.normalized,
  gateway: ({ index, gateway }) => (gateway.gateway ? { index, gateway: gateway.gateway } : null),
  status: ({ gateway }) => gateway.status,
  reason: ({ gateway }) => gateway.reason,
  source: ({ index, virtualService, gateway }) => sourceOf(index, virtualService.resource, gateway.ref.fieldPath),
};

export const VirtualServiceDestination: VirtualServiceDestinationResolvers = {
  hostRaw: ({ destination }) => destination.hostRaw,
  host: ({ destination }) => destination.host,
  port: ({ destination }) => destination.port,
  subset: ({ destination }) => destination.subset,
  weight: ({ destination }) => destination.weight,
  protocol: ({ destination }) => destination.protocol,
  role: ({ destination }) => destination.role,
  service: ({ index, destination }) => (destination.service ? { index, service: destination.service } : null),
  serviceEntries: ({ index, destination }) => inIndex(index, 'serviceEntry', destination.serviceEntries),
  destinationRule: ({ index, destination }) => {
    const rule = destination.subsetInfo?.rule ?? destination.destinationRule?.rule?.rules[0];
    return rule ? { index, destinationRule: rule } : null;
  },
  pods: ({ index, destination }) => inIndex(index, 'pod', destination.pods),
  status: ({ destination }) => destination.status,
  reason: ({ destination }) => destination.reason,
  notes: ({ destination }) => destination.notes,
  fieldPath: ({ destination }) => destination.fieldPath,
  source: ({ index, destination }) => sourceOf(index, destination.virtualService.resource, destination.fieldPath),
};

import type { ServiceEndpointResolvers, ServicePortResolvers } from '../../../../generated/graphql.js';
import { inIndex } from '../../mesh-models.js';
import { sourceOf } from './mesh-object-fields.js';

export const ServicePort: ServicePortResolvers = {
  name: ({ view }) => view.port.name,
  port: ({ view }) => view.port.port,
  targetPort: ({ view }) => view.port.targetPort,
  targetPortDefaulted: ({ view }) => view.port.targetPortDefaulted,
  protocol: ({ view }) => view.port.protocol,
  appProtocol: ({ view }) => view.port.appProtocol,
  istioProtocol: ({ view }) => view.port.istio.protocol,
  istioProtocolReason: ({ view }) => view.port.istio.reason,
  endpoints: ({ index, view }) => inIndex(index, 'endpoint', view.endpoints),
  readyEndpoints: ({ view }) => view.readyEndpoints,
  source: ({ index, service, view }) => sourceOf(index, service.resource, view.fieldPath),
};

export const ServiceEndpoint: ServiceEndpointResolvers = {
  pod: ({ index, endpoint }) => (endpoint.pod ? { index, pod: endpoint.pod } : null),
  ip: ({ endpoint }) => endpoint.ip,
  port: ({ endpoint }) => endpoint.port,
  ready: ({ endpoint }) => endpoint.ready,
  problem: ({ endpoint }) => endpoint.problem,
  via: ({ endpoint }) => endpoint.via,
};

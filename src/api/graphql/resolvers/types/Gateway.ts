import type { GatewayBindingResolvers, GatewayResolvers, GatewayServerResolvers } from '../../../../generated/graphql.js';
import { gatewayPods, gatewayVirtualServices } from '../../../../mesh/relationships/index.js';
import { inIndex } from '../../mesh-models.js';
import { diagnosticsOf, sourceOf, yamlOf } from './mesh-object-fields.js';

export const Gateway: GatewayResolvers = {
  namespace: ({ gateway }) => gateway.namespace,
  name: ({ gateway }) => gateway.name,
  selector: ({ gateway }) => gateway.selector,
  pods: ({ index, gateway }) => inIndex(index, 'pod', gatewayPods(index, gateway).pods),
  podsAssumed: ({ index, gateway }) => gatewayPods(index, gateway).assumed,
  podsReason: ({ index, gateway }) => gatewayPods(index, gateway).reason,
  servers: ({ index, gateway }) => gateway.servers.map((server) => ({ index, gateway, server })),
  virtualServices: ({ index, gateway }) => inIndex(index, 'binding', gatewayVirtualServices(index, gateway)),
  source: ({ index, gateway }) => sourceOf(index, gateway.resource),
  yaml: ({ gateway }) => yamlOf(gateway.resource),
  diagnostics: ({ index, gateway }) => diagnosticsOf(index, gateway.resource),
};

export const GatewayServer: GatewayServerResolvers = {
  // The parent's own `index` is the MeshIndex: this field must not fall back to the default resolver.
  index: ({ server }) => server.index,
  port: ({ server }) => server.port,
  hosts: ({ server }) => server.hosts.map((h) => h.raw),
  tlsMode: ({ server }) => server.tlsMode,
  httpsRedirect: ({ server }) => server.httpsRedirect,
  bind: ({ server }) => server.bind,
  source: ({ index, gateway, server }) => sourceOf(index, gateway.resource, server.fieldPath),
};

export const GatewayBinding: GatewayBindingResolvers = {
  virtualService: ({ index, binding }) => ({ index, virtualService: binding.virtualService }),
  hosts: ({ binding }) => [...new Set(binding.hosts.map((h) => h.host))],
  status: ({ binding }) => binding.status,
  reason: ({ binding }) => binding.reason,
};

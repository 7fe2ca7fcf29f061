// Registry of kind knowledge, in ResourceKind order. A kind not listed here does not exist for the engine.
import type { ResourceKind } from '../resource-kind.js';
import type { KindKnowledge } from '../types.js';
import { service } from './service.js';
import { virtualService } from './virtual-service.js';
import { destinationRule } from './destination-rule.js';
import { gateway } from './gateway.js';
import { serviceEntry } from './service-entry.js';
import { sidecar } from './sidecar.js';
import { endpointSlice } from './endpoint-slice.js';
import { ingress } from './ingress.js';
import { httpRoute } from './http-route.js';

export const KIND_KNOWLEDGE: Readonly<Record<ResourceKind, KindKnowledge>> = Object.freeze({
  SERVICE: service,
  VIRTUAL_SERVICE: virtualService,
  DESTINATION_RULE: destinationRule,
  GATEWAY: gateway,
  SERVICE_ENTRY: serviceEntry,
  SIDECAR: sidecar,
  ENDPOINT_SLICE: endpointSlice,
  INGRESS: ingress,
  HTTP_ROUTE: httpRoute,
});

// Registry of the supported kind pairs (unordered). A pair not listed here is not supported.
import type { ResourceKind } from '../resource-kind.js';
import type { PairKnowledge } from '../types.js';
import { virtualServiceVersusService } from './virtual-service-versus-service.js';
import { destinationRuleVersusService } from './destination-rule-versus-service.js';
import { gatewayVersusService } from './gateway-versus-service.js';
import { serviceEntryVersusService } from './service-entry-versus-service.js';
import { sidecarVersusService } from './sidecar-versus-service.js';
import { endpointSliceVersusService } from './endpoint-slice-versus-service.js';
import { ingressVersusService } from './ingress-versus-service.js';
import { httpRouteVersusService } from './http-route-versus-service.js';
import { virtualServiceVersusDestinationRule } from './virtual-service-versus-destination-rule.js';
import { virtualServiceVersusGateway } from './virtual-service-versus-gateway.js';
import { virtualServiceVersusServiceEntry } from './virtual-service-versus-service-entry.js';
import { virtualServiceVersusSidecar } from './virtual-service-versus-sidecar.js';
import { virtualServiceVersusIngress } from './virtual-service-versus-ingress.js';
import { httpRouteVersusVirtualService } from './http-route-versus-virtual-service.js';
import { gatewayVersusIngress } from './gateway-versus-ingress.js';
import { gatewayVersusHttpRoute } from './gateway-versus-http-route.js';
import { ingressVersusHttpRoute } from './ingress-versus-http-route.js';
import { destinationRuleVersusServiceEntry } from './destination-rule-versus-service-entry.js';
import { endpointSliceVersusServiceEntry } from './endpoint-slice-versus-service-entry.js';

export const PAIR_KNOWLEDGE: readonly PairKnowledge[] = Object.freeze([
  virtualServiceVersusService,
  destinationRuleVersusService,
  gatewayVersusService,
  serviceEntryVersusService,
  sidecarVersusService,
  endpointSliceVersusService,
  ingressVersusService,
  httpRouteVersusService,
  virtualServiceVersusDestinationRule,
  virtualServiceVersusGateway,
  virtualServiceVersusServiceEntry,
  virtualServiceVersusSidecar,
  virtualServiceVersusIngress,
  httpRouteVersusVirtualService,
  gatewayVersusIngress,
  gatewayVersusHttpRoute,
  ingressVersusHttpRoute,
  destinationRuleVersusServiceEntry,
  endpointSliceVersusServiceEntry,
]);

export function findPair(a: ResourceKind, b: ResourceKind): PairKnowledge | undefined {
  return PAIR_KNOWLEDGE.find((p) => (p.kinds[0] === a && p.kinds[1] === b) || (p.kinds[0] === b && p.kinds[1] === a));
}

/** Kinds that `kind` can be compared with, in ResourceKind order of the registry. */
export function comparableKinds(kind: ResourceKind, order: readonly ResourceKind[]): ResourceKind[] {
  return order.filter((other) => other !== kind && findPair(kind, other) !== undefined);
}

// The registry: a rule that is not listed here does not exist. Keep it sorted alphabetically.
import type { DiagnosticRule } from '../types.js';
import { destinationRuleHostNotFound } from './destination-rule-host-not-found.js';
import { destinationRuleNotOnLookupPath } from './destination-rule-not-on-lookup-path.js';
import { destinationRuleShadowed } from './destination-rule-shadowed.js';
import { destinationRuleSubsetSelectsNoPods } from './destination-rule-subset-selects-no-pods.js';
import { destinationRuleUnusedSubsetSelectsNoPods } from './destination-rule-unused-subset-selects-no-pods.js';
import { dottedShortHostName } from './dotted-short-host-name.js';
import { gatewayConflictingServers } from './gateway-conflicting-servers.js';
import { gatewayPortNotOnService } from './gateway-port-not-on-service.js';
import { gatewaySelectsNoPods } from './gateway-selects-no-pods.js';
import { servicePortProtocolUnknown } from './service-port-protocol-unknown.js';
import { serviceSelectsNoPods } from './service-selects-no-pods.js';
import { serviceTargetPortNotExposed } from './service-target-port-not-exposed.js';
import { virtualServiceAppliesToNoProxy } from './virtual-service-applies-to-no-proxy.js';
import { virtualServiceConflictingMeshHosts } from './virtual-service-conflicting-mesh-hosts.js';
import { virtualServiceDelegateNotFound } from './virtual-service-delegate-not-found.js';
import { virtualServiceDestinationHostNotFound } from './virtual-service-destination-host-not-found.js';
import { virtualServiceDestinationPortNotFound } from './virtual-service-destination-port-not-found.js';
import { virtualServiceDestinationPortRequired } from './virtual-service-destination-port-required.js';
import { virtualServiceGatewayNotFound } from './virtual-service-gateway-not-found.js';
import { virtualServiceHostNotInGateway } from './virtual-service-host-not-in-gateway.js';
import { virtualServiceHttpRouteOnNonHttpPort } from './virtual-service-http-route-on-non-http-port.js';
import { virtualServiceIneffectiveMatch } from './virtual-service-ineffective-match.js';
import { virtualServiceIngressSubsetBypass } from './virtual-service-ingress-subset-bypass.js';
import { virtualServiceInvalidRegex } from './virtual-service-invalid-regex.js';
import { virtualServiceJwtClaimRouteWithoutRequestAuthentication } from './virtual-service-jwt-claim-route-without-request-authentication.js';
import { virtualServiceSingleDestinationWeight } from './virtual-service-single-destination-weight.js';
import { virtualServiceSubsetNotFound } from './virtual-service-subset-not-found.js';
import { virtualServiceUnreachableRoute } from './virtual-service-unreachable-route.js';
import { virtualServiceWeightsNotHundred } from './virtual-service-weights-not-hundred.js';

export const allRules: readonly DiagnosticRule[] = Object.freeze([
  destinationRuleHostNotFound,
  destinationRuleNotOnLookupPath,
  destinationRuleShadowed,
  destinationRuleSubsetSelectsNoPods,
  destinationRuleUnusedSubsetSelectsNoPods,
  dottedShortHostName,
  gatewayConflictingServers,
  gatewayPortNotOnService,
  gatewaySelectsNoPods,
  servicePortProtocolUnknown,
  serviceSelectsNoPods,
  serviceTargetPortNotExposed,
  virtualServiceAppliesToNoProxy,
  virtualServiceConflictingMeshHosts,
  virtualServiceDelegateNotFound,
  virtualServiceDestinationHostNotFound,
  virtualServiceDestinationPortNotFound,
  virtualServiceDestinationPortRequired,
  virtualServiceGatewayNotFound,
  virtualServiceHostNotInGateway,
  virtualServiceHttpRouteOnNonHttpPort,
  virtualServiceIneffectiveMatch,
  virtualServiceIngressSubsetBypass,
  virtualServiceInvalidRegex,
  virtualServiceJwtClaimRouteWithoutRequestAuthentication,
  virtualServiceSingleDestinationWeight,
  virtualServiceSubsetNotFound,
  virtualServiceUnreachableRoute,
  virtualServiceWeightsNotHundred,
]);

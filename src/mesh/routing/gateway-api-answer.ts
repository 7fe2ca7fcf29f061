// simulateRoute's answer when Gateway API objects decide (a gateway.networking.k8s.io Gateway, or GAMMA
// HTTPRoutes on the called Service): the Gateway API simulator's RoutePath in the simulateRoute shape.
import type { GatewayApiRoutePath } from '../gateway-api/index.js';
import type { MeshIndex } from '../index/types.js';
import { asObject, getIn } from '../model.js';
import { emptyEnvoyView, type EnvoyView } from './context.js';
import type { MatchedRoute, SimulatedRoutePath } from './pipeline.js';
import { normalizeRequest, type SimulationRequest } from './request.js';

/**
 * Envoy names Istio generates for HTTPRoutes are not simulated: only the failure and, for a single backend,
 * the cluster (`outbound|<port>||<host>`, the name Istio gives the converted route's destination) are given.
 */
function envoyOf(path: GatewayApiRoutePath): EnvoyView {
  const envoy = emptyEnvoyView();
  if (path.outcome === 'NO_ROUTE') envoy.failure = path.status === null ? 'no-listener' : 'no-route';
  const forwarded = ['ROUTED', 'CLUSTER_NOT_FOUND', 'NO_HEALTHY_UPSTREAM'].includes(path.outcome);
  if (forwarded && path.destinations.length === 1) envoy.cluster = path.destinations[0].cluster;
  return envoy;
}

function matchedRuleOf(index: MeshIndex, path: GatewayApiRoutePath): MatchedRoute | null {
  if (!path.httpRoute || !path.route) return null;
  const route = index.get('HTTPRoute', path.httpRoute.namespace, path.httpRoute.name);
  const rule = route ? asObject(getIn(route.object, 'spec', 'rules', path.route.index)) : undefined;
  if (!route || !rule) return null;
  return { rule, source: index.cite(route, `spec.rules[${path.route.index}]`), delegatedFrom: null };
}

export function gatewayApiAnswer(index: MeshIndex, input: SimulationRequest, path: GatewayApiRoutePath): SimulatedRoutePath {
  const request = normalizeRequest(input);
  return {
    ...path,
    request: {
      host: input.host, port: request.port, path: request.path, method: request.method, scheme: request.scheme, headers: request.headers,
      source: { namespace: request.sourceNamespace, labels: request.sourceLabels }, gateway: request.gateway, outboundTrafficPolicy: request.outboundTrafficPolicy,
    },
    envoy: envoyOf(path),
    matchedRoute: matchedRuleOf(index, path),
  };
}

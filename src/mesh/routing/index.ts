// The route simulator: where a request goes in the mesh, step by step, and what plain Kubernetes would do.
import { simulateGatewayApiRoute } from '../gateway-api/index.js';
import { withIngress } from '../ingress/index.js';
import { simulateTcpRoute } from './tcp/simulate-tcp-route.js';
import type { TcpRequestExtras } from './tcp/request-extras.js';
import type { MeshIndex } from '../index/types.js';
import { gatewayApiAnswer } from './gateway-api-answer.js';
import { runPipeline, type SimulatedRoutePath } from './pipeline.js';
import type { SimulationRequest } from './request.js';

export type { SimulatedRoutePath, MatchedRoute } from './pipeline.js';
export type { EnvoyView, EnvoyFailure } from './context.js';
export type { SimulationRequest, RequestExtras } from './request.js';
export type { TcpRequestExtras } from './tcp/request-extras.js';
export type * from './types.js';

/**
 * Simulates one request through the mesh described by `index`. Pure: same index and request, same answer.
 * Gateway API decides first (request.gateway naming a gateway.networking.k8s.io Gateway, or GAMMA HTTPRoutes
 * attached to the called Service); then TCP/TLS routing for L4 ports and raw TCP/TLS calls (R1.8.4);
 * otherwise the Istio HTTP pipeline. Ingresses of class istio take part as the Gateways and VirtualServices
 * istiod converts them into.
 */
export function simulateRoute(index: MeshIndex, request: SimulationRequest & TcpRequestExtras): SimulatedRoutePath {
  const mesh = withIngress(index);
  const gatewayApi = simulateGatewayApiRoute(mesh, request);
  if (gatewayApi) return gatewayApiAnswer(mesh, request, gatewayApi);
  return simulateTcpRoute(mesh, request) ?? runPipeline(mesh, request);
}

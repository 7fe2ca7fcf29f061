// The route simulator: where a request goes in the mesh, step by step, and what plain Kubernetes would do.
import { simulateGatewayApiRoute } from '../gateway-api/index.js';
import type { MeshIndex } from '../index/types.js';
import { gatewayApiAnswer } from './gateway-api-answer.js';
import { runPipeline, type SimulatedRoutePath } from './pipeline.js';
import type { SimulationRequest } from './request.js';

export type { SimulatedRoutePath, MatchedRoute } from './pipeline.js';
export type { EnvoyView, EnvoyFailure } from './context.js';
export type { SimulationRequest, RequestExtras } from './request.js';
export type * from './types.js';

/**
 * Simulates one request through the mesh described by `index`. Pure: same index and request, same answer.
 * Gateway API decides first (request.gateway naming a gateway.networking.k8s.io Gateway, or GAMMA HTTPRoutes
 * attached to the called Service); otherwise the Istio pipeline.
 */
export function simulateRoute(index: MeshIndex, request: SimulationRequest): SimulatedRoutePath {
  const gatewayApi = simulateGatewayApiRoute(index, request);
  return gatewayApi ? gatewayApiAnswer(index, request, gatewayApi) : runPipeline(index, request);
}

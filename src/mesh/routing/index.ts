// The route simulator: where a request goes in the mesh, step by step, and what plain Kubernetes would do.
import type { MeshIndex } from '../index/types.js';
import { runPipeline, type SimulatedRoutePath } from './pipeline.js';
import type { SimulationRequest } from './request.js';

export type { SimulatedRoutePath, MatchedRoute } from './pipeline.js';
export type { EnvoyView, EnvoyFailure } from './context.js';
export type { SimulationRequest, RequestExtras } from './request.js';
export type * from './types.js';

/** Simulates one request through the mesh described by `index`. Pure: same index and request, same answer. */
export function simulateRoute(index: MeshIndex, request: SimulationRequest): SimulatedRoutePath {
  return runPipeline(index, request);
}

import type { MeshIndex } from '../../mesh/index/types.js';
import { simulateRoute } from '../../mesh/routing/index.js';
import type { RoutePath, RouteRequest } from '../../mesh/routing/types.js';
import { parseRouteRequest } from './route-request-schema.js';

/** Where one request goes (DESIGN.md route explanation contract). `request` is validated first. */
export function explainRoute(index: MeshIndex, request: unknown): RoutePath {
  return simulateRoute(index, parseRouteRequest(request));
}

/** One answer per request, in the same order. Every request is validated before any is simulated. */
export function explainRoutes(index: MeshIndex, requests: readonly unknown[]): RoutePath[] {
  const parsed: RouteRequest[] = requests.map((r, i) => parseRouteRequest(r, `requests[${i}]`));
  return parsed.map((r) => simulateRoute(index, r));
}

// The Gateway API pipeline: entry -> listener -> attached routes -> hostname -> rule (precedence) ->
// filters -> backends -> endpoints -> outcome. Returns null when no Gateway API object applies.
import type { MeshIndex } from '../index/types.js';
import { buildRequestView } from '../routing/match/index.js';
import type { RouteRequest, RouteStep } from '../routing/types.js';
import { recordStep } from '../trace/steps.js';
import { applyFilters } from './apply-filters.js';
import { attachRoutes } from './attach-routes.js';
import { backendEndpoints } from './backend-endpoints.js';
import { buildRoutePath, type GatewayApiRoutePath } from './build-route-path.js';
import { decideOutcome, type Outcome } from './decide-outcome.js';
import { findGatewayApiGateway } from './entry-gateway.js';
import { findMeshParent } from './entry-mesh.js';
import { kubernetesView } from './kubernetes-view.js';
import { readListeners } from './read-listeners.js';
import { requestTarget } from './request-target.js';
import { resolveBackends } from './resolve-backends.js';
import { selectHostname } from './select-hostname.js';
import { selectListener } from './select-listener.js';
import { describeCandidate, selectRule } from './select-rule.js';
import { timeoutOf } from './timeout-of.js';
import type { GatewayApiContext, GatewayApiParent } from './types.js';

function contextOf(index: MeshIndex, request: RouteRequest): GatewayApiContext {
  const { hostname, port } = requestTarget(request);
  const listenerPorts = gatewayPorts(index, request);
  const view = buildRequestView({ host: request.host, path: request.path, method: request.method, scheme: request.scheme, headers: request.headers });
  return { index, request, view, hostname, port: port ?? (listenerPorts.length === 1 ? listenerPorts[0] : 80), sourceNamespace: request.source?.namespace ?? 'default', steps: [] };
}

/** Distinct listener ports of the Gateway API Gateway the request names (empty for mesh requests). */
function gatewayPorts(index: MeshIndex, request: RouteRequest): number[] {
  const gateway = findGatewayApiGateway(index, request.gateway);
  return gateway ? [...new Set(readListeners(gateway).map((l) => l.port))] : [];
}

function refused(ctx: GatewayApiContext, parentRef: GatewayApiRoutePath['parent'], outcome: Outcome, gatewayName: string): GatewayApiRoutePath {
  const summary = `${ctx.view.method} ${ctx.hostname}${ctx.view.path} ${outcome.why}.`;
  recordStep(ctx.steps, { stage: 'outcome', decision: 'failed', source: null, reason: summary });
  return buildRoutePath({ request: ctx.request, parent: parentRef, outcome, summary, candidate: null, effects: null, destinations: [], steps: ctx.steps, kubernetes: kubernetesView(ctx, null, gatewayName) });
}

function route(ctx: GatewayApiContext, parent: GatewayApiParent, parentRef: GatewayApiRoutePath['parent'], entry: string): GatewayApiRoutePath {
  const routes = selectHostname(ctx, parent, attachRoutes(ctx, parent));
  const candidate = selectRule(ctx, routes);
  const kubernetes = kubernetesView(ctx, parent, `${parentRef.namespace}/${parentRef.name}`);
  const request = `${ctx.view.method} ${ctx.hostname}${ctx.view.path}`;
  if (!candidate) {
    const summary = `${request} ${entry} matches no HTTPRoute rule: 404.`;
    recordStep(ctx.steps, { stage: 'outcome', decision: 'failed', source: null, reason: summary });
    return buildRoutePath({ request: ctx.request, parent: parentRef, outcome: { outcome: 'NO_ROUTE', status: 404, responseFlag: 'NR', why: 'gets 404' }, summary, candidate: null, effects: null, destinations: [], steps: ctx.steps, kubernetes });
  }
  const effects = applyFilters(ctx, candidate);
  const backends = effects.redirect || effects.invalid ? [] : resolveBackends(ctx, candidate);
  const destinations = backendEndpoints(ctx, backends);
  const outcome = decideOutcome(effects, destinations, backends.map((b) => b.missingCluster !== null));
  const summary = `${request} ${entry} matches ${describeCandidate(candidate)} and ${outcome.why}.`;
  recordStep(ctx.steps, { stage: 'outcome', decision: outcome.outcome === 'ROUTED' || outcome.outcome === 'REDIRECTED' ? 'selected' : 'failed', source: ctx.index.cite(candidate.route, candidate.fieldPath), reason: summary });
  const path = buildRoutePath({ request: ctx.request, parent: parentRef, outcome, summary, candidate, effects, destinations, steps: ctx.steps, kubernetes });
  if (outcome.outcome === 'ROUTED') path.timeout = timeoutOf(candidate);
  return path;
}

function simulateNorthSouth(ctx: GatewayApiContext, gatewayRef: string): GatewayApiRoutePath | null {
  const gateway = findGatewayApiGateway(ctx.index, gatewayRef);
  if (!gateway) return null;
  const gatewayName = `${gateway.namespace}/${gateway.name}`;
  recordStep(ctx.steps, { stage: 'entry', decision: 'selected', source: ctx.index.cite(gateway, 'metadata.name'), reason: `The request enters through Gateway API Gateway ${gatewayName} (gateway.networking.k8s.io): HTTPRoutes decide, by precedence rather than rule order.` });
  const listener = selectListener(ctx, gateway);
  const parentRef = { kind: 'Gateway' as const, namespace: gateway.namespace ?? '', name: gateway.name, section: listener?.name ?? null };
  if (!listener) return refused(ctx, parentRef, { outcome: 'NO_ROUTE', status: null, responseFlag: null, why: `finds no listener of Gateway ${gatewayName} on port ${ctx.port} for this host, so the connection is refused` }, gatewayName);
  return route(ctx, { kind: 'Gateway', gateway, listener }, parentRef, `through Gateway ${gatewayName} listener ${listener.name}`);
}

function simulateMesh(ctx: GatewayApiContext): GatewayApiRoutePath | null {
  const parent = findMeshParent(ctx.index, ctx.hostname, ctx.port, ctx.sourceNamespace);
  if (!parent) return null;
  const probe: RouteStep[] = [];
  if (attachRoutes({ ...ctx, steps: probe }, parent).length === 0) return null;
  const { service, port } = parent;
  recordStep(ctx.steps, { stage: 'entry', decision: 'selected', source: ctx.index.cite(service.resource, `spec.ports[${port.index}]`), reason: `The client's sidecar sends ${ctx.hostname}:${ctx.port} to Service ${service.namespace}/${service.name} port ${port.port}; HTTPRoutes whose parentRef is this Service (GAMMA) replace the Service's default route.` });
  const parentRef = { kind: 'Service' as const, namespace: service.namespace, name: service.name, section: port.name };
  return route(ctx, parent, parentRef, `from namespace ${ctx.sourceNamespace} to Service ${service.namespace}/${service.name}`);
}

/**
 * Route simulation for Gateway API objects: `request.gateway` naming a gateway.networking.k8s.io Gateway, or
 * (without `gateway`) a mesh request to a Service that GAMMA HTTPRoutes target. null when neither applies.
 */
export function simulateGatewayApiRoute(index: MeshIndex, request: RouteRequest): GatewayApiRoutePath | null {
  const ctx = contextOf(index, request);
  return request.gateway ? simulateNorthSouth(ctx, request.gateway) : simulateMesh(ctx);
}

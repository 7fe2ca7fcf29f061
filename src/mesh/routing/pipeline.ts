// The route simulator pipeline (reference §0.3, Appendix A): one stage per module, chained with early
// return when a stage answers the request itself.
import { resolveShortName } from '../hosts.js';
import { domainSuffixOf } from '../index/extra-types.js';
import type { MeshIndex } from '../index/types.js';
import type { JsonObject, SourceRef } from '../model.js';
import { mirrorsOf, retriesOf } from './action/index.js';
import { buildRequestView } from './match/index.js';
import { emptyAnswer, emptyEnvoyView, isEnding, type Ending, type EnvoyView, type Proxy, type SimulationContext } from './context.js';
import type { RegistryService } from './registry.js';
import { normalizeRequest, type SimulationRequest } from './request.js';
import { scopeFor } from './scope-cache.js';
import type { Scope } from './scope.js';
import { applyAction, type ForwardPlan } from './stages/action.js';
import { expandDelegates } from './stages/delegate.js';
import { clusterName, resolveDestinations } from './stages/destination.js';
import { resolveEndpoints } from './stages/endpoints.js';
import { enterProxy } from './stages/entry.js';
import { kubernetesView } from './stages/kubernetes.js';
import { selectListener, type Listener } from './stages/listener.js';
import { decideOutcome, type RouteTaken } from './stages/outcome.js';
import { matchRoute } from './stages/route-match.js';
import { selectVirtualHost } from './stages/virtual-host.js';
import { chooseVirtualServices } from './stages/virtual-service.js';
import { explainVisibility } from './stages/visibility.js';
import type { RoutePath } from './types.js';

/** The http route that matched: its effective rule (delegates merged, R2.7.3-R2.7.4) and where it is written. */
export interface MatchedRoute {
  rule: JsonObject;
  source: SourceRef;
  /** The root route (`delegate:`) it replaced, when it came from a delegate VirtualService. */
  delegatedFrom: SourceRef | null;
}

/**
 * The route explanation contract plus the Envoy object names the request went through and the matched rule
 * (a VirtualService http route, or an HTTPRoute rule when Gateway API decides; then `httpRoute` and `parent` are set too).
 */
export type SimulatedRoutePath = RoutePath & {
  envoy: EnvoyView;
  matchedRoute: MatchedRoute | null;
  httpRoute?: { namespace: string; name: string } | null;
  parent?: { kind: 'Gateway' | 'Service'; namespace: string; name: string; section: string | null };
};

function matchedRouteOf(ctx: SimulationContext, taken: RouteTaken): MatchedRoute | null {
  const route = taken.route;
  if (!route) return null;
  return {
    rule: route.route, source: ctx.index.cite(route.owner.resource, route.fieldPath),
    delegatedFrom: route.delegatedFrom ? ctx.index.cite(route.bound.virtualService.resource, route.delegatedFrom) : null,
  };
}

function viewOf(ctx: Pick<SimulationContext, 'request'>) {
  const r = ctx.request;
  return buildRequestView({ host: r.authority, path: r.path, method: r.method, scheme: r.scheme, headers: r.headers });
}

interface Routed { plan: ForwardPlan; taken: RouteTaken; listenerPort: number; service: RegistryService | null }

interface Stopped { end: Ending; taken: RouteTaken }

function route(ctx: SimulationContext, proxy: Proxy, scope: Scope, listener: Exclude<Listener, { kind: 'l4' }>): Routed | Ending | Stopped {
  const selected = selectVirtualHost(ctx, proxy, scope, listener);
  if (isEnding(selected)) return selected;
  const bound = chooseVirtualServices(ctx, proxy, scope, selected);
  const service = selected.host.service;
  const choice = bound.length === 0 && service ? { kind: 'default' as const } : matchRoute(ctx, proxy, expandDelegates(ctx, bound), service !== null);
  if (isEnding(choice)) return choice;
  const taken: RouteTaken = { route: choice.kind === 'route' ? choice.route : null, match: choice.kind === 'route' ? choice.match : null, serviceName: service?.service ? `${service.namespace}/${service.resource.name}` : service?.hostname ?? null };
  const plan = applyAction(ctx, choice, listener.kind === 'gateway' && listener.tls);
  if (isEnding(plan)) return { end: plan, taken };
  return { plan, taken, listenerPort: plan.route?.bound.listenerPort ?? listener.port, service };
}

function forward(ctx: SimulationContext, proxy: Proxy, scope: Scope, routed: Routed, http: boolean): void {
  const resolved = resolveDestinations(ctx, proxy, scope, routed.plan.destinations, routed.plan.route ? null : routed.service, routed.listenerPort);
  if (http) ctx.answer.retries = retriesOf(routed.plan.route?.route ?? null, resolved.some((d) => d.consistentHash));
  const owner = routed.plan.route?.owner;
  if (routed.plan.route && owner) {
    const suffix = domainSuffixOf(ctx.index);
    ctx.answer.mirrors = mirrorsOf(routed.plan.route.route, (h) => resolveShortName(h, owner.namespace, suffix)).map((m) => {
      const target = scope.services.find((s) => s.hostname === m.host);
      const port = m.port ?? (target && target.ports.length === 1 ? target.ports[0].number : routed.listenerPort);
      return { ...m, port, cluster: clusterName(port, m.subset, m.host) };
    });
  }
  ctx.answer.destinations = resolveEndpoints(ctx, proxy, resolved);
}

function run(ctx: SimulationContext): { end: Ending | null; taken: RouteTaken } {
  const none: RouteTaken = { route: null, match: null, serviceName: null };
  const proxy = enterProxy(ctx);
  if (isEnding(proxy)) return { end: proxy, taken: none };
  const scope = scopeFor(ctx.index, proxy);
  explainVisibility(ctx, proxy, scope);
  const listener = selectListener(ctx, proxy, scope);
  if (isEnding(listener)) return { end: listener, taken: none };
  ctx.view = viewOf(ctx);
  if (listener.kind === 'l4') {
    const plan: ForwardPlan = { route: null, destinations: [{ destination: null, weight: 100, owner: null, fieldPath: null }] };
    const routed: Routed = { plan, taken: { ...none, serviceName: listener.dialled.hostname, l4: true }, listenerPort: listener.port, service: listener.dialled };
    forward(ctx, proxy, scope, routed, false);
    return { end: null, taken: routed.taken };
  }
  const routed = route(ctx, proxy, scope, listener);
  if (isEnding(routed)) return { end: routed, taken: none };
  if ('end' in routed) return routed;
  forward(ctx, proxy, scope, routed, true);
  return { end: null, taken: routed.taken };
}

export function runPipeline(index: MeshIndex, input: SimulationRequest): SimulatedRoutePath {
  const request = normalizeRequest(input);
  const ctx: SimulationContext = { index, request, view: viewOf({ request }), steps: [], envoy: emptyEnvoyView(), answer: emptyAnswer() };
  const { end, taken } = run(ctx);
  const kubernetes = kubernetesView(ctx);
  const decided = decideOutcome(ctx, end, taken, kubernetes);
  return {
    request: {
      host: input.host, port: request.port, path: request.path, method: request.method, scheme: request.scheme, headers: request.headers,
      source: { namespace: request.sourceNamespace, labels: request.sourceLabels }, gateway: request.gateway, outboundTrafficPolicy: request.outboundTrafficPolicy,
    },
    ...decided, ...ctx.answer, steps: ctx.steps, kubernetes, envoy: ctx.envoy, matchedRoute: matchedRouteOf(ctx, taken),
  };
}

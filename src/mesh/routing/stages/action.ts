// Stage 8: what the chosen route does (R4.1.2): redirect, direct response, an abort that hits every request
// (FAULT_ABORTED), or forwarding to weighted destinations with rewrites, headers, timeout, mirrors, CORS.
import { asArray, asObject, type JsonObject } from '../../model.js';
import { actionKind, directResponseOf, effectiveAuthority, effectivePath, faultOf, headerOperationsOf, redirectOf, timeoutOf, weightsAsPercent } from '../action/index.js';
import { recordStep } from '../../trace/steps.js';
import { ending, type Ending, type SimulationContext } from '../context.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import type { CandidateRoute } from './delegate.js';
import type { RouteChoice } from './route-match.js';
import { routeLabel } from './route-match.js';

export interface PlannedDestination {
  /** `route[k].destination` as written; null for the default route (the Service itself). */
  destination: JsonObject | null;
  weight: number;
  /** The VirtualService whose YAML holds it (short names resolve in its namespace, R5.1.1, R2.7.4). */
  owner: VirtualServiceInfo | null;
  fieldPath: string | null;
}

export interface ForwardPlan {
  route: CandidateRoute | null;
  destinations: PlannedDestination[];
}

function cite(ctx: SimulationContext, route: CandidateRoute, field: string) {
  return ctx.index.cite(route.owner.resource, `${route.fieldPath}.${field}`);
}

function terminal(ctx: SimulationContext, route: CandidateRoute, matchedUri: JsonObject | undefined, tlsServer: boolean): Ending | null {
  const kind = actionKind(route.route);
  if (kind === 'redirect') {
    const redirect = redirectOf(route.route, matchedUri, ctx.view, route.bound.listenerPort, tlsServer)!;
    ctx.answer.redirect = { location: redirect.location, status: redirect.status };
    recordStep(ctx.steps, { stage: 'action', decision: 'applied', source: cite(ctx, route, 'redirect'), rules: ['R4.3.1', 'R4.3.2', 'R4.3.3'], unverified: redirect.unverified, reason: `${redirect.reason.charAt(0).toUpperCase()}${redirect.reason.slice(1)}.` });
    return ending('REDIRECTED', redirect.status, null, `${routeLabel(route)} redirects it to ${redirect.location}`);
  }
  if (kind === 'directResponse') {
    const response = directResponseOf(route.route)!;
    ctx.answer.directResponse = response;
    recordStep(ctx.steps, { stage: 'action', decision: 'applied', source: cite(ctx, route, 'directResponse'), rules: ['R4.4.1'], reason: `The proxy answers ${response.status} itself${response.body !== null ? ' with the configured body' : ''}, without contacting any upstream.` });
    return ending('DIRECT_RESPONSE', response.status, null, `${routeLabel(route)} answers ${response.status} directly`);
  }
  if (kind !== 'route') {
    recordStep(ctx.steps, { stage: 'action', decision: 'failed', source: cite(ctx, route, ''), rules: ['R4.1.1'], reason: `${routeLabel(route)} has no route, redirect or directResponse, so it has no action.` });
    return ending('NO_ROUTE', 404, 'NR', `${routeLabel(route)} has no action`);
  }
  const fault = faultOf(route.route);
  ctx.answer.fault = fault.fault;
  if (fault.fault) {
    const notes = fault.notes.length > 0 ? fault.notes.join('; ') : 'fault injection is configured';
    recordStep(ctx.steps, { stage: 'action', decision: 'applied', source: cite(ctx, route, 'fault'), rules: ['R4.8.1', 'R4.8.2', 'R4.8.3'], unverified: fault.notes.some((n) => n.includes('R4.8.4')), reason: `${notes.charAt(0).toUpperCase()}${notes.slice(1)}.` });
  }
  if (fault.abortsAll && fault.fault?.abort) {
    return ending('FAULT_ABORTED', fault.fault.abort.status, 'FI', `${routeLabel(route)} aborts every matching request with ${fault.fault.abort.status}`);
  }
  return null;
}

function forwardDetails(ctx: SimulationContext, route: CandidateRoute, matchedUri: JsonObject | undefined): void {
  const rewrite = asObject(route.route.rewrite);
  const path = effectivePath(rewrite, matchedUri, ctx.view);
  const firstDestination = asObject(asObject(asArray(route.route.route)[0])?.destination) ? asObject(asArray(route.route.route)[0]) : undefined;
  const authority = effectiveAuthority(route.route, firstDestination, ctx.view);
  if (path || authority) {
    ctx.answer.rewrite = { path: path?.path ?? null, authority: authority?.authority ?? null };
    const parts = [path ? `path ${path.path} (${path.reason})` : null, authority ? `Host ${authority.authority} (from ${authority.source})` : null].filter(Boolean);
    recordStep(ctx.steps, { stage: 'action', decision: 'applied', source: cite(ctx, route, path ? 'rewrite' : authority?.source.replace(/^destination\./, 'route[0].destination.') ?? 'rewrite'), rules: ['R4.5.1', 'R4.5.2', 'R4.5.3', 'R4.5.4', 'R4.6.1'], reason: `The upstream receives ${parts.join(' and ')}; rewrites never change which route matched.` });
  }
  ctx.answer.headers = headerOperationsOf(route.route);
  ctx.answer.timeout = timeoutOf(route.route);
  ctx.answer.corsPolicy = route.route.corsPolicy ?? null;
  recordStep(ctx.steps, { stage: 'action', decision: 'info', source: route.route.timeout !== undefined ? cite(ctx, route, 'timeout') : null, rules: ['R4.7.1'], reason: `Timeout: ${ctx.answer.timeout.description}.` });
}

function plannedDestinations(ctx: SimulationContext, route: CandidateRoute): PlannedDestination[] {
  const raw = asArray(route.route.route).map((d) => asObject(d) ?? {});
  const shares = weightsAsPercent(raw);
  const planned: PlannedDestination[] = [];
  for (const share of shares) {
    const fieldPath = `${route.fieldPath}.route[${share.index}]`;
    if (share.dropped) {
      recordStep(ctx.steps, { stage: 'action', decision: 'skipped', source: ctx.index.cite(route.owner.resource, `${fieldPath}.weight`), rules: ['R4.2.2'], reason: `Destination ${share.index} gets no traffic: ${share.reason}.` });
      continue;
    }
    planned.push({ destination: asObject(raw[share.index].destination) ?? {}, weight: share.weight, owner: route.owner, fieldPath });
  }
  if (planned.length > 1) recordStep(ctx.steps, { stage: 'action', decision: 'info', source: cite(ctx, route, 'route'), rules: ['R4.2.2', 'R4.2.4'], reason: `Requests are split per request: ${shares.filter((s) => !s.dropped).map((s) => `destination ${s.index} ${s.weight}%`).join(', ')}.` });
  return planned;
}

export function applyAction(ctx: SimulationContext, choice: RouteChoice, tlsServer: boolean): ForwardPlan | Ending {
  if (choice.kind === 'default') {
    ctx.answer.timeout = timeoutOf(null);
    ctx.envoy.route = 'default';
    return { route: null, destinations: [{ destination: null, weight: 100, owner: null, fieldPath: null }] };
  }
  const route = choice.route;
  ctx.answer.virtualService = { namespace: route.bound.virtualService.namespace, name: route.bound.virtualService.name };
  ctx.answer.route = { index: route.index, name: route.name };
  ctx.envoy.route = route.name ?? '';
  const matchedUri = asObject(choice.match?.match.uri);
  const stop = terminal(ctx, route, matchedUri, tlsServer);
  if (stop) return stop;
  forwardDetails(ctx, route, matchedUri);
  return { route, destinations: plannedDestinations(ctx, route) };
}

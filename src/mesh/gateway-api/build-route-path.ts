// Assembles the RoutePath of the routing contract from the Gateway API stages' results.
import { asString, getIn } from '../model.js';
import type { RouteDestination, RoutePath, RouteRequest, RouteStep, KubernetesView } from '../routing/types.js';
import type { FilterEffects } from './apply-filters.js';
import { isEmptyHeaderOperations } from './header-modifier.js';
import type { Outcome } from './decide-outcome.js';
import type { Candidate } from './types.js';

/** RoutePath plus the Gateway API objects that decided (a VirtualService never does here). */
export interface GatewayApiRoutePath extends RoutePath {
  httpRoute: { namespace: string; name: string } | null;
  parent: { kind: 'Gateway' | 'Service'; namespace: string; name: string; section: string | null };
}

export interface RoutePathParts {
  request: RouteRequest;
  parent: GatewayApiRoutePath['parent'];
  outcome: Outcome;
  summary: string;
  candidate: Candidate | null;
  effects: FilterEffects | null;
  destinations: RouteDestination[];
  steps: RouteStep[];
  kubernetes: KubernetesView;
}

function ruleName(c: Candidate): string | null {
  return asString(getIn(c.route.object, 'spec', 'rules', c.ruleIndex, 'name')) ?? null;
}

export function buildRoutePath(p: RoutePathParts): GatewayApiRoutePath {
  const c = p.candidate;
  const e = p.effects;
  const headers = e && (!isEmptyHeaderOperations(e.requestHeaders) || !isEmptyHeaderOperations(e.responseHeaders)) ? { request: e.requestHeaders, response: e.responseHeaders } : null;
  const answered = p.outcome.outcome === 'DIRECT_RESPONSE' && p.outcome.status !== null;
  return {
    request: { ...p.request, host: p.request.host },
    outcome: p.outcome.outcome,
    status: p.outcome.status,
    responseFlag: p.outcome.responseFlag,
    summary: p.summary,
    virtualService: null,
    httpRoute: c ? { namespace: c.route.namespace ?? '', name: c.route.name } : null,
    parent: p.parent,
    route: c ? { index: c.ruleIndex, name: ruleName(c) } : null,
    destinations: e?.redirect || e?.invalid ? [] : p.destinations,
    rewrite: e?.rewrite ?? null,
    redirect: e?.redirect ?? null,
    directResponse: answered ? { status: p.outcome.status ?? 500, body: null } : null,
    fault: null,
    timeout: null,
    retries: null,
    mirrors: [],
    headers,
    corsPolicy: null,
    steps: p.steps,
    kubernetes: p.kubernetes,
  };
}

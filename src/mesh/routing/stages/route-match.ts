// Stage 7: the first http route whose match holds (R3.1.1). Per match: the config-time filter for this proxy
// (R2.2, R3.8.1), then the runtime conditions (R3.2-R3.7). A catch-all ends its VirtualService (R3.1.3);
// on a gateway the merged catch-alls go last (R1.7.3). Nothing kept: default route (R2.5.2); nothing matched: 404 NR.
import { describeMatch, evaluateMatch, isCatchAllMatch, keepMatchForProxy, type ProxyContext } from '../match/index.js';
import { recordStep } from '../../trace/steps.js';
import { ending, type Ending, type Proxy, type SimulationContext } from '../context.js';
import type { CandidateRoute, MatchEntry } from './delegate.js';

export type RouteChoice =
  | { kind: 'route'; route: CandidateRoute; match: MatchEntry | null }
  | { kind: 'default' };

interface TranslatedRoute { route: CandidateRoute; matches: MatchEntry[]; dropped: string[]; catchAll: boolean }

export function routeLabel(route: CandidateRoute): string {
  const vs = route.bound.virtualService;
  return `route ${route.index}${route.name ? ` (${route.name})` : ''} of VirtualService ${vs.namespace}/${vs.name}`;
}

function proxyContext(proxy: Proxy, route: CandidateRoute): ProxyContext {
  return { gateway: route.bound.gateway, namespace: proxy.namespace, labels: proxy.labels, listenerPort: route.bound.listenerPort };
}

/** Config-time translation of one VirtualService's routes for this proxy (R2.2.1, R3.1.3, R3.1.4). */
function translate(ctx: SimulationContext, proxy: Proxy, routes: CandidateRoute[]): TranslatedRoute[] {
  const out: TranslatedRoute[] = [];
  for (const route of routes) {
    if (route.matches.length === 0) {
      out.push({ route, matches: [], dropped: [], catchAll: true });
      break;
    }
    const kept: MatchEntry[] = [];
    const dropped: { m: MatchEntry; field: string | null; reason: string }[] = [];
    for (const m of route.matches) {
      const decision = keepMatchForProxy(m.match, proxyContext(proxy, route), m.resourceOwner.namespace);
      if (decision.kept) kept.push(m);
      else dropped.push({ m, field: decision.field, reason: decision.reason });
    }
    if (kept.length === 0) {
      const first = dropped[0];
      const source = ctx.index.cite(first.m.resourceOwner.resource, first.field ? `${first.m.fieldPath}.${first.field}` : first.m.fieldPath);
      recordStep(ctx.steps, { stage: 'match', decision: 'skipped', source, rules: ['R2.2.1', 'R3.1.4'], reason: `${capitalize(routeLabel(route))} is left out of this proxy's configuration: ${dropped.map((d) => d.reason).join('; ')}.` });
      continue;
    }
    const catchAll = kept.some((m) => isCatchAllMatch(m.match));
    out.push({ route, matches: kept, dropped: dropped.map((d) => `${describeMatch(d.m.match)}: ${d.reason}`), catchAll });
    if (catchAll) break;
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function evaluate(ctx: SimulationContext, entry: TranslatedRoute): MatchEntry | null | false {
  if (entry.matches.length === 0) return null;
  const failures: { text: string; source: ReturnType<SimulationContext['index']['cite']>; rules: string[]; unverified: boolean }[] = [];
  for (const m of entry.matches) {
    const outcome = evaluateMatch(m.match, ctx.view);
    if (outcome.matched) {
      recordStep(ctx.steps, { stage: 'match', decision: 'matched', source: ctx.index.cite(m.resourceOwner.resource, m.fieldPath), rules: outcome.rules, unverified: outcome.unverified, reason: `${capitalize(routeLabel(entry.route))} matches (${describeMatch(m.match)}): ${outcome.reason}.` });
      return m;
    }
    failures.push({ text: outcome.reason, source: ctx.index.cite(m.resourceOwner.resource, `${m.fieldPath}.${outcome.field}`), rules: outcome.rules, unverified: outcome.unverified });
  }
  const detail = failures.length === 1 && entry.dropped.length === 0 ? failures[0].text : [...failures.map((f, i) => `${describeMatch(entry.matches[i].match)}: ${f.text}`), ...entry.dropped].join('; ');
  recordStep(ctx.steps, { stage: 'match', decision: 'not-matched', source: failures[0].source, rules: ['R3.1.1', ...failures.flatMap((f) => f.rules)], unverified: failures.some((f) => f.unverified), reason: `${capitalize(routeLabel(entry.route))} does not match: ${detail}.` });
  return false;
}

function noRoute(ctx: SimulationContext, tried: number): Ending {
  const where = ctx.answer.virtualService ? `VirtualService ${ctx.answer.virtualService.namespace}/${ctx.answer.virtualService.name}` : 'the virtual host';
  recordStep(ctx.steps, { stage: 'match', decision: 'failed', source: null, rules: ['R1.2.3', 'R3.10.1'], reason: tried === 0 ? `The virtual host has no route for this proxy, so Envoy answers 404 (NR).` : `None of the ${tried} route(s) matches, so Envoy answers 404 (NR); it never falls back to another virtual host.` });
  ctx.envoy.failure = 'no-route';
  return ending('NO_ROUTE', 404, 'NR', tried === 0 ? `${where} has no route for this proxy` : `no route of ${where} matches ${ctx.view.method} ${ctx.view.originalPath}`);
}

export function matchRoute(ctx: SimulationContext, proxy: Proxy, groups: CandidateRoute[][], hasService: boolean): RouteChoice | Ending {
  const translated = groups.map((g) => translate(ctx, proxy, g));
  let ordered = translated.flat();
  if (proxy.kind === 'gateway' && groups.length > 1) ordered = [...ordered.filter((r) => !r.catchAll), ...ordered.filter((r) => r.catchAll)];
  if (ordered.length === 0 && groups.some((g) => g.length > 0) && proxy.kind === 'sidecar' && hasService) {
    recordStep(ctx.steps, { stage: 'match', decision: 'info', source: null, rules: ['R2.5.2', 'R3.12.1'], reason: 'Every route of the VirtualService is left out for this client, so it produces no virtual host here and the Service\'s default route applies instead of a 404.' });
    return { kind: 'default' };
  }
  for (const entry of ordered) {
    const hit = evaluate(ctx, entry);
    if (hit === false) continue;
    if (hit === null) recordStep(ctx.steps, { stage: 'match', decision: 'matched', source: ctx.index.cite(entry.route.owner.resource, entry.route.fieldPath), rules: ['R3.1.3'], reason: `${capitalize(routeLabel(entry.route))} has no match conditions, so it takes every request that reaches it.` });
    return { kind: 'route', route: entry.route, match: hit };
  }
  return noRoute(ctx, ordered.length);
}

// Stage 11: the outcome, the status the caller sees, and the one-sentence summary, including what plain
// Kubernetes would have done when it differs (R4.13.1, R5.6.2, R3.10.1, R6.7).
import { describeMatch } from '../match/index.js';
import { recordStep } from '../../trace/steps.js';
import type { Ending, SimulationContext } from '../context.js';
import type { KubernetesView, RouteDestination, RouteOutcome } from '../types.js';
import { describePods } from './kubernetes.js';
import type { CandidateRoute, MatchEntry } from './delegate.js';

export interface Decided { outcome: RouteOutcome; status: number | null; responseFlag: string | null; summary: string }

export interface RouteTaken { route: CandidateRoute | null; match: MatchEntry | null; serviceName: string | null; l4?: boolean }

function requestText(ctx: SimulationContext): string {
  return `${ctx.view.method} ${ctx.view.originalPath} to ${ctx.request.hostname}`;
}

function destinationText(d: RouteDestination): string {
  const name = d.service?.kind === 'Service' ? d.service.name : d.host;
  const target = `${name}:${d.port ?? ''}${d.subset ? ` subset ${d.subset}` : ''}`;
  if (d.status !== 'OK' || d.endpoints.length === 0) return target;
  const ports = [...new Set(d.endpoints.map((e) => e.port))].join(', ');
  const n = d.endpoints.length;
  return `${target}, ${n} ready ${d.endpoints[0].pod.includes('/') ? 'pod' : 'endpoint'}${n === 1 ? '' : 's'} on port ${ports}`;
}

function deciderText(taken: RouteTaken): string {
  const route = taken.route;
  if (taken.l4) return 'plain TCP forwarding (HTTP routes do not apply on this port)';
  if (!route) return taken.serviceName ? `the default route of Service ${taken.serviceName}` : 'the default route';
  const vs = route.bound.virtualService;
  const condition = taken.match ? describeMatch(taken.match.match) : 'no conditions';
  return `VirtualService ${vs.namespace}/${vs.name} (route ${route.index}${route.name ? ` ${route.name}` : ''}, ${condition})`;
}

function kubernetesContrast(kubernetes: KubernetesView, meshPods: Set<string> | null): string {
  if (kubernetes.endpoints.length === 0) return '';
  if (meshPods && kubernetes.endpoints.length === meshPods.size && kubernetes.endpoints.every((e) => meshPods.has(e.pod))) return '';
  const ports = [...new Set(kubernetes.endpoints.map((e) => e.port))].join(', ');
  return `, while without the mesh kube-proxy would have sent it to ${describePods(kubernetes.endpoints)} on port ${ports}`;
}

function routed(ctx: SimulationContext, taken: RouteTaken, kubernetes: KubernetesView): Decided {
  const destinations = ctx.answer.destinations;
  const ok = destinations.filter((d) => d.status === 'OK');
  const failed = destinations.filter((d) => d.status !== 'OK');
  const meshPods = new Set(ok.flatMap((d) => d.endpoints.map((e) => e.pod)));
  const dest = destinations.length === 1 ? destinationText(destinations[0]) : destinations.map((d) => `${destinationText(d)} (${d.weight}%)`).join(' and ');
  if (ok.length === 0) {
    const nc = failed.some((d) => d.status === 'CLUSTER_NOT_FOUND');
    const outcome: RouteOutcome = nc ? 'CLUSTER_NOT_FOUND' : 'NO_HEALTHY_UPSTREAM';
    const why = failed.map((d) => d.reason).filter(Boolean).join('; ');
    return { outcome, status: 503, responseFlag: nc ? 'NC' : 'UH', summary: `${requestText(ctx)} is routed by ${deciderText(taken)} to ${dest} but gets 503 (${nc ? 'NC' : 'UH'}) because ${why}${kubernetesContrast(kubernetes, null)}.` };
  }
  const delay = ctx.answer.fault?.delay ? `, after a fixed delay of ${ctx.answer.fault.delay.fixedDelay} for ${ctx.answer.fault.delay.percent}% of requests` : '';
  const partial = failed.length > 0 ? `; ${failed.reduce((s, d) => s + d.weight, 0)}% of requests get 503 because ${failed.map((d) => d.reason).join('; ')}` : '';
  return { outcome: 'ROUTED', status: null, responseFlag: null, summary: `${requestText(ctx)} is routed by ${deciderText(taken)} to ${dest}${delay}${partial}${kubernetesContrast(kubernetes, meshPods)}.` };
}

function ended(ctx: SimulationContext, end: Ending, kubernetes: KubernetesView): Decided {
  const answer = end.status === null ? '' : ` gets ${end.status}${end.responseFlag ? ` (${end.responseFlag})` : ''}`;
  const verb: Record<RouteOutcome, string> = {
    ROUTED: 'is routed', REDIRECTED: `is redirected with ${end.status} to ${ctx.answer.redirect?.location ?? ''}`, DIRECT_RESPONSE: `gets ${end.status} from the proxy itself`,
    FAULT_ABORTED: `is aborted with ${end.status} (FI)`, NO_ROUTE: end.status === null ? 'is not answered' : answer.trim(), CLUSTER_NOT_FOUND: answer.trim(),
    NO_HEALTHY_UPSTREAM: answer.trim(), PASSTHROUGH: 'is passed through', BLOCKED: end.status === null ? 'is dropped' : `gets ${end.status}`,
  };
  const contrast = ['PASSTHROUGH', 'ROUTED'].includes(end.outcome) ? '' : kubernetesContrast(kubernetes, null);
  return { outcome: end.outcome, status: end.status, responseFlag: end.responseFlag, summary: `${requestText(ctx)} ${verb[end.outcome]} because ${end.cause}${contrast}.` };
}

export function decideOutcome(ctx: SimulationContext, end: Ending | null, taken: RouteTaken, kubernetes: KubernetesView): Decided {
  const decided = end ? ended(ctx, end, kubernetes) : routed(ctx, taken, kubernetes);
  const single = ctx.answer.destinations.length === 1 ? ctx.answer.destinations[0] : null;
  if (!end && single && ctx.envoy.cluster === null) ctx.envoy.cluster = single.cluster;
  recordStep(ctx.steps, { stage: 'outcome', decision: decided.outcome === 'ROUTED' ? 'selected' : 'failed', source: null, rules: outcomeRules(decided.outcome), reason: decided.summary });
  recordStep(ctx.steps, { stage: 'kubernetes', decision: 'info', source: kubernetes.service ? ctx.index.cite(ctx.index.service(kubernetes.service.namespace ?? '', kubernetes.service.name)!.resource, 'spec.ports') : null, rules: ['R6.5.1', 'R6.7'], reason: kubernetes.note });
  return decided;
}

function outcomeRules(outcome: RouteOutcome): string[] {
  const rules: Partial<Record<RouteOutcome, string[]>> = {
    NO_ROUTE: ['R3.10.1'], CLUSTER_NOT_FOUND: ['R4.13.1'], NO_HEALTHY_UPSTREAM: ['R5.6.2'], FAULT_ABORTED: ['R4.8.2'],
    REDIRECTED: ['R4.3.1'], DIRECT_RESPONSE: ['R4.4.1'], PASSTHROUGH: ['R1.8.2'], BLOCKED: ['R1.8.2'],
  };
  return rules[outcome] ?? ['R4.2.3', 'R5.6.1'];
}

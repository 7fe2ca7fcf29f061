// Stage 9: each destination's host (short names in the VirtualService's namespace, R5.1.1), the registry
// entry visible to this proxy (R5.1.2, R5.1.3, ExternalName R5.4.2), the port (R5.2.1), the cluster name
// (R4.2.3) and the DestinationRule on the client's lookup path with its subset (R5.5, R5.3.1).
import { asObject, asString, getIn, type Labels } from '../../model.js';
import { resolveShortName } from '../../hosts.js';
import { domainSuffixOf } from '../../index/extra-types.js';
import { destinationRuleFor, subsetOf } from '../../relationships/destination-rule-for.js';
import { recordStep } from '../../trace/steps.js';
import type { Proxy, SimulationContext } from '../context.js';
import { portOf, registryOf, type RegistryPort, type RegistryService } from '../registry.js';
import type { Scope } from '../scope.js';
import type { PlannedDestination } from './action.js';

export interface ResolvedDestination {
  planned: PlannedDestination;
  host: string;
  port: number | null;
  subset: string | null;
  cluster: string;
  service: RegistryService | null;
  servicePort: RegistryPort | null;
  /** Labels the endpoints must carry: the subset's (R5.6.1); null without subset. */
  subsetLabels: Labels | null;
  /** Why Envoy has no such cluster (503 NC), or null. */
  problem: string | null;
  consistentHash: boolean;
}

export function clusterName(port: number | null, subset: string | null, host: string): string {
  return `outbound|${port ?? ''}|${subset ?? ''}|${host}`;
}

function lookup(ctx: SimulationContext, scope: Scope, host: string): { service: RegistryService | null; via: string | null } {
  const direct = scope.services.find((s) => s.hostname === host);
  if (direct) return { service: direct, via: null };
  const target = registryOf(ctx.index).aliasTarget(host);
  if (target && scope.services.includes(target)) return { service: target, via: `${host} is an ExternalName alias of ${target.hostname}, so the route goes to ${target.hostname}'s cluster (R5.4.2)` };
  return { service: null, via: null };
}

function hasConsistentHash(policy: unknown): boolean {
  return asObject(getIn(policy, 'loadBalancer', 'consistentHash')) !== undefined;
}

function subsetCheck(ctx: SimulationContext, proxy: Proxy, resolved: ResolvedDestination): void {
  const choice = destinationRuleFor(ctx.index, resolved.host, proxy.namespace, proxy.labels);
  const rule = choice.rule;
  resolved.consistentHash = hasConsistentHash(rule?.trafficPolicy);
  if (rule || resolved.subset) {
    const first = rule?.rules[0];
    recordStep(ctx.steps, { stage: 'destination-rule', decision: rule ? 'applied' : 'info', source: first ? ctx.index.cite(first.resource, 'spec.host') : null, rules: ['R5.5.1', 'R5.5.2'], reason: `${choice.reason.charAt(0).toUpperCase()}${choice.reason.slice(1)}.` });
  }
  if (!resolved.subset) return;
  const found = subsetOf(rule, resolved.subset);
  if (!found) {
    resolved.problem = rule
      ? `subset ${resolved.subset} is not defined in DestinationRule ${rule.rules[0].namespace}/${rule.rules[0].name}, so the proxy has no cluster ${resolved.cluster}`
      : `no DestinationRule visible to this proxy defines subset ${resolved.subset} for ${resolved.host}, so the proxy has no cluster ${resolved.cluster}`;
    const source = resolved.planned.owner && resolved.planned.fieldPath ? ctx.index.cite(resolved.planned.owner.resource, `${resolved.planned.fieldPath}.destination.subset`) : null;
    recordStep(ctx.steps, { stage: 'destination-rule', decision: 'failed', source, rules: ['R5.3.1', 'R5.6.3', 'R4.13.1'], reason: `${resolved.problem.charAt(0).toUpperCase()}${resolved.problem.slice(1)}: Envoy answers 503 (NC).` });
    return;
  }
  resolved.subsetLabels = found.subset.labels;
  resolved.consistentHash ||= hasConsistentHash(found.subset.trafficPolicy);
  recordStep(ctx.steps, { stage: 'destination-rule', decision: 'selected', source: ctx.index.cite(found.rule.resource, found.subset.fieldPath), rules: ['R5.3.1', 'R5.6.1'], reason: `Subset ${resolved.subset} selects endpoints labelled ${Object.entries(found.subset.labels).map(([k, v]) => `${k}=${v}`).join(', ') || '(any labels)'}.` });
}

function resolveOne(ctx: SimulationContext, proxy: Proxy, scope: Scope, planned: PlannedDestination, defaultService: RegistryService | null, listenerPort: number): ResolvedDestination {
  const written = asString(planned.destination?.host);
  const host = written && planned.owner ? resolveShortName(written, planned.owner.namespace, domainSuffixOf(ctx.index)) : defaultService?.hostname ?? ctx.request.hostname;
  const { service, via } = planned.destination ? lookup(ctx, scope, host) : { service: defaultService, via: null };
  const explicitPort = Number(getIn(planned.destination, 'port', 'number'));
  const onlyPort = planned.destination && service && service.ports.length === 1 ? service.ports[0].number : null;
  const port = Number.isInteger(explicitPort) && explicitPort > 0 ? explicitPort : onlyPort ?? listenerPort;
  const subset = asString(planned.destination?.subset) ?? null;
  const clusterHost = service?.hostname ?? host;
  const resolved: ResolvedDestination = {
    planned, host: clusterHost, port, subset, cluster: clusterName(port, subset, clusterHost), service, servicePort: service ? portOf(service, port) ?? null : null,
    subsetLabels: null, problem: null, consistentHash: false,
  };
  const portWhy = Number.isInteger(explicitPort) && explicitPort > 0 ? 'destination.port.number' : onlyPort !== null ? 'the only port of the service' : 'the port the request arrived on';
  const source = planned.owner && planned.fieldPath ? ctx.index.cite(planned.owner.resource, `${planned.fieldPath}.destination.host`) : service ? ctx.index.cite(service.resource, 'metadata.name') : null;
  if (!service) resolved.problem = `${host} is not a Service or ServiceEntry visible to this proxy, so there is no cluster ${resolved.cluster}`;
  else if (!resolved.servicePort) resolved.problem = `${service.hostname} has no port ${port}, so there is no cluster ${resolved.cluster}`;
  const hostWhy = written && written.toLowerCase() !== host ? `"${written}" resolves to ${host} in the namespace of VirtualService ${planned.owner?.namespace}/${planned.owner?.name}` : `host ${host}`;
  recordStep(ctx.steps, { stage: 'destination', decision: resolved.problem ? 'failed' : 'selected', source, rules: ['R5.1.1', 'R5.1.2', 'R5.2.1', 'R4.2.3', ...(via ? ['R5.4.2'] : [])], reason: `${hostWhy}${via ? `; ${via}` : ''}; port ${port} (${portWhy}); cluster ${resolved.cluster}${resolved.problem ? `: ${resolved.problem}` : ''}.` });
  if (!resolved.problem) subsetCheck(ctx, proxy, resolved);
  return resolved;
}

export function resolveDestinations(ctx: SimulationContext, proxy: Proxy, scope: Scope, planned: PlannedDestination[], defaultService: RegistryService | null, listenerPort: number): ResolvedDestination[] {
  return planned.map((p) => resolveOne(ctx, proxy, scope, p, defaultService, listenerPort));
}

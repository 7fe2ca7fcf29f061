// Stage 5: which VirtualService(s) decide for the chosen virtual host. Sidecar: one, the most specific host
// then the oldest (R1.5.2, R2.6.1), the others are ignored, not merged (R1.7.2). Gateway: all merged (R1.7.3).
import { recordStep } from '../../trace/steps.js';
import type { Proxy, SimulationContext } from '../context.js';
import type { Scope } from '../scope.js';
import { hostTablesOf } from '../host-tables.js';
import { claimsFor, type Claim } from '../sidecar-virtual-hosts.js';
import type { BoundVirtualService } from '../virtual-hosts.js';
import type { SelectedVirtualHost } from './virtual-host.js';

function name(claim: { virtualService: { namespace: string; name: string } }): string {
  return `${claim.virtualService.namespace}/${claim.virtualService.name}`;
}

function hostField(claim: Claim): string {
  return claim.virtualService.hosts.find((h) => h.fqdn === claim.host)?.fieldPath ?? 'spec.hosts';
}

function explainSidecar(ctx: SimulationContext, scope: Scope, selected: SelectedVirtualHost): void {
  const service = selected.host.service;
  const chosen = selected.host.bound[0];
  if (!service) {
    if (chosen) recordStep(ctx.steps, { stage: 'virtual-service', decision: 'selected', source: ctx.index.cite(chosen.virtualService.resource, 'spec.http'), rules: ['R1.4.1'], reason: `VirtualService ${name(chosen)} decides for host ${chosen.host}.` });
    return;
  }
  const claims = claimsFor(hostTablesOf(ctx.index), service, scope);
  if (!chosen || claims.length === 0) {
    recordStep(ctx.steps, { stage: 'virtual-service', decision: 'info', source: null, rules: ['R3.12.1'], reason: `No VirtualService visible to this client has a host covering ${service.hostname}, so its default route sends every request to the Service itself.` });
    return;
  }
  const winner = claims[0];
  recordStep(ctx.steps, { stage: 'virtual-service', decision: 'selected', source: ctx.index.cite(winner.virtualService.resource, hostField(winner)), rules: ['R1.5.2', 'R2.6.1'], reason: `VirtualService ${name(winner)} decides for ${service.hostname} through its host ${winner.host}.` });
  for (const other of claims.slice(1)) {
    const sameHost = other.host === winner.host;
    recordStep(ctx.steps, {
      stage: 'virtual-service', decision: 'skipped', source: ctx.index.cite(other.virtualService.resource, hostField(other)), rules: sameHost ? ['R1.7.2', 'R2.6.1'] : ['R1.5.2'],
      reason: sameHost
        ? `VirtualService ${name(other)} also claims ${other.host} but is ignored for this host: sidecars do not merge VirtualServices and ${name(winner)} comes first (older, or same age and earlier by name).`
        : `VirtualService ${name(other)} covers ${service.hostname} only through the less specific host ${other.host}, so ${name(winner)} wins.`,
    });
  }
}

function explainGateway(ctx: SimulationContext, selected: SelectedVirtualHost): void {
  const bound = selected.host.bound;
  if (bound.length === 0) return;
  const merged = bound.length > 1;
  for (const b of bound) {
    recordStep(ctx.steps, {
      stage: 'virtual-service', decision: 'selected', source: ctx.index.cite(b.virtualService.resource, 'spec.gateways'), rules: merged ? ['R1.7.3', 'R2.6.1', 'R7.5.1'] : ['R7.5.1'],
      reason: merged
        ? `VirtualService ${name(b)} is bound to Gateway ${b.gateway}; on a gateway the ${bound.length} VirtualServices of this host are merged, their routes taken in the order ${bound.map(name).join(', ')}.`
        : `VirtualService ${name(b)} is bound to Gateway ${b.gateway} and provides the routes of this host.`,
    });
  }
}

export function chooseVirtualServices(ctx: SimulationContext, proxy: Proxy, scope: Scope, selected: SelectedVirtualHost): BoundVirtualService[] {
  if (proxy.kind === 'sidecar') explainSidecar(ctx, scope, selected);
  else explainGateway(ctx, selected);
  const first = selected.host.bound[0];
  if (first) ctx.answer.virtualService = { namespace: first.virtualService.namespace, name: first.virtualService.name };
  return selected.host.bound;
}

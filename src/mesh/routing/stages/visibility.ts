// Stage 3: what this proxy can see. Records, for the VirtualServices and services that name the requested
// host, why they are left out: not bound to this proxy (R2.1), not exported (R2.3), not imported (R2.4).
import { domainSuffixOf } from '../../index/extra-types.js';
import { recordStep } from '../../trace/steps.js';
import type { Proxy, SimulationContext } from '../context.js';
import { dnsNames } from '../dns.js';
import { excludedCovering } from '../scope-cache.js';
import type { Scope } from '../scope.js';

function requestedNames(ctx: SimulationContext, proxy: Proxy): string[] {
  return [ctx.request.hostname, ...dnsNames(ctx.request.hostname, proxy.namespace, domainSuffixOf(ctx.index))];
}

export function explainVisibility(ctx: SimulationContext, proxy: Proxy, scope: Scope): void {
  const names = requestedNames(ctx, proxy);
  let skipped = 0;
  for (const i of excludedCovering(scope, names)) {
    const excluded = scope.excludedVirtualServices[i];
    const vs = excluded.item;
    skipped++;
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', rules: excluded.rules, reason: `${excluded.reason}.`, source: ctx.index.cite(vs.resource, excluded.field ?? 'metadata.name') });
  }
  for (const hidden of scope.hiddenServices) {
    if (!names.includes(hidden.item.hostname)) continue;
    skipped++;
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', rules: hidden.rules, reason: `${hidden.reason.charAt(0).toUpperCase()}${hidden.reason.slice(1)}, so this ${proxy.kind} proxy has no virtual host or cluster for it.`, source: ctx.index.cite(hidden.item.resource, hidden.field ?? 'metadata.name') });
  }
  const where = proxy.kind === 'sidecar' ? `a sidecar in namespace ${proxy.namespace}` : `the gateway proxy in namespace ${proxy.namespace}`;
  recordStep(ctx.steps, {
    stage: 'visibility', decision: 'info', source: null, rules: proxy.kind === 'sidecar' ? ['R2.3.2', 'R2.4.2'] : ['R2.3.3', 'R2.4.4', 'R7.5.1'],
    reason: `${scope.virtualServices.length} VirtualService(s) and ${scope.services.length} service host(s) are visible to ${where}${skipped > 0 ? `; ${skipped} that name this host are not` : ''}.`,
  });
}

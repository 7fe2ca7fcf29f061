// R1.7.2, R2.5.1, R2.6.1: sidecars do not merge VirtualServices for one host; one wins, the others are ignored for it.
import { describeRef } from '../../model.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { compareVirtualServiceAge } from '../support/virtual-service-order.js';

/** The namespaces a VirtualService is exported to; null means every namespace. */
function scope(virtualService: VirtualServiceInfo): Set<string> | null {
  const exportTo = virtualService.exportTo.length > 0 ? virtualService.exportTo : ['*'];
  if (exportTo.includes('*')) return null;
  return new Set(exportTo.filter((e) => e !== '~').map((e) => (e === '.' ? virtualService.namespace : e)));
}

function scopesOverlap(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return (a ?? b)?.size !== 0;
  return [...a].some((ns) => b.has(ns));
}

export const virtualServiceConflictingMeshHosts = defineRule('MX0007', {
  description: 'Mesh VirtualServices with overlapping exportTo must not claim the same host; sidecars apply only one.',
  inputs: ['VirtualService'],
  check(ctx) {
    const byHost = new Map<string, { virtualService: VirtualServiceInfo; fieldPath: string }[]>();
    for (const virtualService of ctx.index.virtualServices) {
      if (virtualService.isDelegate || !virtualService.gateways.some((g) => g.normalized === 'mesh')) continue;
      for (const host of virtualService.hosts) {
        const list = byHost.get(host.fqdn) ?? [];
        if (!list.some((e) => e.virtualService === virtualService)) list.push({ virtualService, fieldPath: host.fieldPath });
        byHost.set(host.fqdn, list);
      }
    }
    const reported = new Set<VirtualServiceInfo>();
    for (const [host, entries] of [...byHost].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const entry of entries) {
        if (reported.has(entry.virtualService)) continue;
        const own = scope(entry.virtualService);
        const rivals = entries.filter((o) => o !== entry && scopesOverlap(own, scope(o.virtualService))).map((o) => o.virtualService);
        if (rivals.length === 0) continue;
        reported.add(entry.virtualService);
        const winner = [entry.virtualService, ...rivals].sort(compareVirtualServiceAge)[0];
        const verdict = winner === entry.virtualService
          ? 'this one is the oldest, so sidecars use it and ignore the others for this host'
          : `sidecars use only the oldest, ${describeRef(winner.resource)}, and ignore this one for this host`;
        ctx.report({
          resource: entry.virtualService.resource,
          fieldPath: entry.fieldPath,
          message: `Host ${host} is also claimed by ${rivals.map((r) => describeRef(r.resource)).join(', ')}; ${verdict}.`,
          symptom: 'the routes of the ignored VirtualService never apply on sidecars (requests follow the other one, or 404 NR)',
          fix: 'Merge the routes into one VirtualService per host, or narrow exportTo so that no namespace sees both.',
          rules: ['R1.7.2', 'R2.5.1', 'R2.6.1'],
          related: rivals.map((r) => ({ resource: r.resource, fieldPath: 'spec.hosts' })),
        });
      }
    }
  },
});

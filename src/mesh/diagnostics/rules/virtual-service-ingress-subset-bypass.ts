// R7.5.3: mesh VirtualServices do not apply to traffic a gateway forwards; subset routing must be in the gateway VS.
import { describeRef } from '../../model.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { virtualServiceDestinations } from '../support/destinations.js';

function subsetRoutingByHost(virtualServices: readonly VirtualServiceInfo[]): Map<string, VirtualServiceInfo> {
  const out = new Map<string, VirtualServiceInfo>();
  for (const virtualService of virtualServices) {
    if (!virtualService.gateways.some((g) => g.normalized === 'mesh')) continue;
    const subsetHosts = new Set(virtualServiceDestinations(virtualService).filter((d) => d.subset && !d.mirror).map((d) => d.host));
    for (const host of virtualService.hosts) {
      if (subsetHosts.has(host.fqdn) && !out.has(host.fqdn)) out.set(host.fqdn, virtualService);
    }
  }
  return out;
}

export const virtualServiceIngressSubsetBypass = defineRule('MX0017', {
  description: 'A gateway VirtualService routing to a host without subset bypasses the subset routing of that host\'s mesh VirtualService.',
  inputs: ['VirtualService'],
  check(ctx) {
    const bySubset = subsetRoutingByHost(ctx.index.virtualServices);
    for (const virtualService of ctx.index.virtualServices) {
      if (!virtualService.gateways.some((g) => g.normalized !== 'mesh')) continue;
      for (const destination of virtualServiceDestinations(virtualService)) {
        if (destination.subset || destination.mirror || destination.host === '') continue;
        const mesh = bySubset.get(destination.host);
        if (!mesh || mesh === virtualService) continue;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: `${destination.fieldPath}.host`,
          message: `Requests entering through the gateway go to ${destination.host} without a subset; the subset routing of ${describeRef(mesh.resource)} does not apply to them.`,
          symptom: 'ingress traffic is spread over all versions of the Service while in-mesh traffic follows the subsets',
          fix: `Put the subset routing into this gateway VirtualService too (or bind ${describeRef(mesh.resource)} to the gateway as well).`,
          rules: ['R7.5.3'],
          related: [{ resource: mesh.resource, fieldPath: 'spec.hosts' }],
        });
      }
    }
  },
});

// R1.1.1: only names without a dot are expanded; `reviews.default` is taken literally and names nothing.
import type { Resource } from '../../model.js';
import { isIpAddress, isWildcardHost } from '../../hosts.js';
import type { MeshIndex } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { virtualServiceDestinations } from '../support/destinations.js';

interface HostUse { resource: Resource; fieldPath: string; host: string }

function intendedService(index: MeshIndex, host: string): string | null {
  const h = host.toLowerCase();
  if (!h.includes('.') || isWildcardHost(h) || isIpAddress(h)) return null;
  if (index.serviceByFqdn(h) || index.serviceEntriesForHost(h).length > 0) return null;
  const suffix = index.domainSuffix;
  const labels = h.split('.');
  const candidate = labels.length === 2 ? `${h}.svc.${suffix}` : labels.length === 3 && labels[2] === 'svc' ? `${h}.${suffix}` : null;
  return candidate && index.serviceByFqdn(candidate) ? candidate : null;
}

function hostUses(index: MeshIndex): HostUse[] {
  const uses: HostUse[] = [];
  for (const virtualService of index.virtualServices) {
    for (const host of virtualService.hosts) uses.push({ resource: virtualService.resource, fieldPath: host.fieldPath, host: host.raw });
    for (const d of virtualServiceDestinations(virtualService)) uses.push({ resource: virtualService.resource, fieldPath: `${d.fieldPath}.host`, host: d.hostRaw });
  }
  for (const rule of index.destinationRules) uses.push({ resource: rule.resource, fieldPath: 'spec.host', host: rule.hostRaw });
  return uses;
}

export const dottedShortHostName = defineRule('MX0014', {
  description: 'Hosts such as `name.namespace` are not expanded; use the short name or the full name.svc.cluster.local.',
  inputs: ['VirtualService', 'DestinationRule', 'Service', 'ServiceEntry'],
  check(ctx) {
    for (const use of hostUses(ctx.index)) {
      const fqdn = intendedService(ctx.index, use.host);
      if (!fqdn) continue;
      const service = ctx.index.serviceByFqdn(fqdn);
      ctx.report({
        resource: use.resource,
        fieldPath: use.fieldPath,
        message: `Host "${use.host}" contains a dot, so it is taken literally and is not ${fqdn}.`,
        symptom: use.resource.kind === 'DestinationRule'
          ? 'the DestinationRule is ignored (its subsets and policies never apply)'
          : 'the host matches no Service: routes to it get 503 NC and rules for it never apply',
        fix: `Write "${fqdn}" (or the short name when the Service is in the same namespace).`,
        rules: ['R1.1.1', 'R1.1.4'],
        related: service ? [{ resource: service.resource }] : [],
      });
    }
  },
});

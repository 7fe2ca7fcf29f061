import type { DestinationRuleInfo, MeshIndex, ServiceInfo, VirtualServiceInfo } from '../../mesh/index/types.js';
import { hostServices, virtualServiceHosts } from '../../mesh/relationships/index.js';
import { lookups } from '../../mesh/relationships/index.js';
import { destinationsToService } from './destinations-to-service.js';
import { inSetOrder } from './set-order.js';

const hostedBy = new WeakMap<MeshIndex, Map<ServiceInfo, VirtualServiceInfo[]>>();

/** VirtualServices whose hosts resolve to this Service (R1.1.1, R1.5.1). */
export function serviceVirtualServices(index: MeshIndex, service: ServiceInfo): VirtualServiceInfo[] {
  let byService = hostedBy.get(index);
  if (!byService) {
    byService = new Map();
    for (const virtualService of index.virtualServices) {
      const services = new Set(virtualServiceHosts(index, virtualService).flatMap((h) => h.services));
      for (const s of services) byService.set(s, [...(byService.get(s) ?? []), virtualService]);
    }
    hostedBy.set(index, byService);
  }
  return byService.get(service) ?? [];
}

/** VirtualServices with a route or mirror destination resolving to this Service. */
export function serviceRoutedFrom(index: MeshIndex, service: ServiceInfo): VirtualServiceInfo[] {
  return distinct(destinationsToService(index, service).map((d) => d.virtualService));
}

/** DestinationRules whose host names this Service (R1.1.4, R5.5.5): the rules for its host and the wildcard ones, set order. */
export function serviceDestinationRules(index: MeshIndex, service: ServiceInfo): DestinationRuleInfo[] {
  const near = lookups(index).destinationRulesNear(service.fqdn).filter((rule) => hostServices(index, rule).services.includes(service));
  return inSetOrder(index.destinationRules, near);
}

export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

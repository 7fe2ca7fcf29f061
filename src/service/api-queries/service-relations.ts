import type { DestinationRuleInfo, MeshIndex, ServiceInfo, VirtualServiceInfo } from '../../mesh/index/types.js';
import { allVirtualServiceDestinations, hostServices, virtualServiceHosts } from '../../mesh/relationships/index.js';

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
  return distinct(allVirtualServiceDestinations(index).filter((d) => d.service === service).map((d) => d.virtualService));
}

/** DestinationRules whose host names this Service (R1.1.4, R5.5.5). */
export function serviceDestinationRules(index: MeshIndex, service: ServiceInfo): DestinationRuleInfo[] {
  return index.destinationRules.filter((rule) => hostServices(index, rule).services.includes(service));
}

export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

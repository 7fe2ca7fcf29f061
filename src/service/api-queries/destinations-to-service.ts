import type { MeshIndex, ServiceInfo } from '../../mesh/index/types.js';
import { destinationsOf, type VirtualServiceDestination } from '../../mesh/relationships/index.js';
import { reverseLookups } from '../../mesh/relationships/index.js';
import { inSetOrder } from './set-order.js';

/**
 * Route and mirror destinations that resolve to this Service: by its name, or through an ExternalName Service
 * aliasing it (R5.4.2). Only the VirtualServices that write one of those hosts are resolved; set order.
 */
export function destinationsToService(index: MeshIndex, service: ServiceInfo): VirtualServiceDestination[] {
  const reverse = reverseLookups(index);
  const hosts = [service.fqdn, ...reverse.aliasesOf(service).map((alias) => alias.fqdn)];
  const writers = inSetOrder(index.virtualServices, hosts.flatMap((host) => reverse.virtualServicesRoutingTo(host)));
  return writers.flatMap((virtualService) => destinationsOf(index, virtualService).filter((d) => d.service === service));
}

// The namespaces of the proxies that use a VirtualService, for per-client lookups (R2.3.2, R2.3.3, R5.5.1, R7.5.4).
import { isExportedTo } from '../../hosts.js';
import type { MeshIndex, VirtualServiceInfo } from '../../index/types.js';
import { findGateway, gatewayPodNamespaces, isGatewayOrControlPlanePod, isIstioGateway } from './gateway-pods.js';

export interface ClientNamespaces {
  namespaces: string[];
  /** true when the set has no client pods and the VirtualService's own namespace stands in for its callers. */
  assumed: boolean;
}

/**
 * Sidecars: namespaces of the set's pods that see the VirtualService. Gateways: the namespaces of the pods of each
 * bound Gateway that see it. When that yields nothing, the VirtualService namespace is assumed.
 */
export function clientNamespaces(index: MeshIndex, virtualService: VirtualServiceInfo): ClientNamespaces {
  const out = new Set<string>();
  const visible = (ns: string) => isExportedTo(virtualService.exportTo, virtualService.namespace, ns);
  for (const ref of virtualService.gateways) {
    if (ref.normalized === 'mesh') {
      for (const pod of index.pods) if (visible(pod.namespace) && !isGatewayOrControlPlanePod(index, pod)) out.add(pod.namespace);
      continue;
    }
    const gateway = findGateway(index, ref.normalized);
    if (gateway && isIstioGateway(gateway)) for (const ns of gatewayPodNamespaces(index, gateway).namespaces) if (visible(ns)) out.add(ns);
  }
  if (out.size === 0) return { namespaces: [virtualService.namespace], assumed: true };
  return { namespaces: [...out].sort(), assumed: false };
}

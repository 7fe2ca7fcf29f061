// The namespaces of the proxies that use a VirtualService, for per-client lookups (R2.3.2, R2.3.3, R5.5.1, R7.5.4).
import { isExportedTo } from '../../hosts.js';
import type { MeshIndex, VirtualServiceInfo } from '../../index/types.js';
import { findGateway, gatewayPodNamespaces, isGatewayOrControlPlanePod, isIstioGateway } from './gateway-pods.js';
import { memoize } from './memoize.js';

export interface ClientNamespaces {
  namespaces: string[];
  /** true when the set has no client pods and the VirtualService's own namespace stands in for its callers. */
  assumed: boolean;
}

/** Namespaces with at least one sidecar pod (not a gateway proxy, not istio-system), computed once per index. */
const sidecarNamespaces = memoize((index: MeshIndex): readonly string[] => {
  const out = new Set<string>();
  for (const pod of index.pods) if (!out.has(pod.namespace) && !isGatewayOrControlPlanePod(index, pod)) out.add(pod.namespace);
  return [...out];
});

/**
 * Sidecars: namespaces of the set's pods that see the VirtualService. Gateways: the namespaces of the pods of each
 * bound Gateway that see it. When that yields nothing, the VirtualService namespace is assumed. VirtualServices with
 * the same namespace, exportTo and gateways share one answer (memoized per index; callers must not change it).
 */
export function clientNamespaces(index: MeshIndex, virtualService: VirtualServiceInfo): ClientNamespaces {
  const key = [virtualService.namespace, virtualService.exportTo.join(','), ...virtualService.gateways.map((g) => g.normalized)].join('|');
  const known = answers(index);
  let found = known.get(key);
  if (!found) known.set(key, (found = compute(index, virtualService)));
  return found;
}

const answers = memoize((): Map<string, ClientNamespaces> => new Map());

function compute(index: MeshIndex, virtualService: VirtualServiceInfo): ClientNamespaces {
  const out = new Set<string>();
  const visible = (ns: string) => isExportedTo(virtualService.exportTo, virtualService.namespace, ns);
  for (const ref of virtualService.gateways) {
    if (ref.normalized === 'mesh') {
      for (const ns of sidecarNamespaces(index)) if (visible(ns)) out.add(ns);
      continue;
    }
    const gateway = findGateway(index, ref.normalized);
    if (gateway && isIstioGateway(gateway)) for (const ns of gatewayPodNamespaces(index, gateway).namespaces) if (visible(ns)) out.add(ns);
  }
  if (out.size === 0) return { namespaces: [virtualService.namespace], assumed: true };
  return { namespaces: [...out].sort(), assumed: false };
}

// R2.6.1: the order in which a proxy sees VirtualServices: own-namespace private ones, then those exported
// to its namespace by name, then public ones; inside each bucket by creationTimestamp, name, namespace.
import type { VirtualServiceInfo } from '../index/types.js';
import { compareByCreation } from '../relationships/index-lookups.js';

export function bucketOf(virtualService: VirtualServiceInfo, proxyNamespace: string): number {
  const exportTo = virtualService.exportTo.length > 0 ? virtualService.exportTo : ['*'];
  if (exportTo.includes('.') && virtualService.namespace === proxyNamespace) return 1;
  if (exportTo.includes(proxyNamespace)) return 2;
  if (exportTo.includes('*')) return 3;
  return 4;
}

export function orderVirtualServices(list: readonly VirtualServiceInfo[], proxyNamespace: string): VirtualServiceInfo[] {
  return [...list].sort((a, b) => bucketOf(a, proxyNamespace) - bucketOf(b, proxyNamespace) || compareByCreation(a, b));
}

/** orderVirtualServices for a list already in creation order (compareByCreation, stable): a stable split by bucket. */
export function orderCreationSorted(list: readonly VirtualServiceInfo[], proxyNamespace: string): VirtualServiceInfo[] {
  const buckets: VirtualServiceInfo[][] = [[], [], [], []];
  for (const vs of list) buckets[bucketOf(vs, proxyNamespace) - 1].push(vs);
  return buckets.flat();
}

// An index view in which the Ingress-derived Gateways and VirtualServices sit next to the written ones, so the
// HTTP pipeline routes Ingress traffic as istiod would. Pure; memoized per index.
import type { GatewayInfo, MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { ingressGateways } from './ingress-gateways.js';
import { ingressVirtualServices } from './ingress-virtual-services.js';

const cache = new WeakMap<MeshIndex, MeshIndex>();

export function withIngress(index: MeshIndex): MeshIndex {
  const cached = cache.get(index);
  if (cached) return cached;
  const gateways = ingressGateways(index);
  const virtualServices = ingressVirtualServices(index);
  if (gateways.length === 0) return index;
  const allGateways: readonly GatewayInfo[] = [...index.gateways, ...gateways];
  const allVirtualServices: readonly VirtualServiceInfo[] = [...index.virtualServices, ...virtualServices];
  const overrides: Partial<MeshIndex> = {
    gateways: allGateways,
    virtualServices: allVirtualServices,
    gateway: (namespace, name) => allGateways.find((g) => g.namespace === namespace && g.name === name),
    virtualService: (namespace, name) => allVirtualServices.find((v) => v.namespace === namespace && v.name === name),
  };
  const view = new Proxy(index, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides) return overrides[property as keyof MeshIndex];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  cache.set(index, view);
  return view;
}

// R7.1.1: the pods a Gateway programs; when the set has none, the install's gateway in istio-system is assumed.
import { ISTIO_ROOT_NAMESPACE, isIstioNetworking } from '../../model.js';
import type { GatewayInfo, MeshIndex, PodInfo } from '../../index/types.js';

export function gatewayPods(index: MeshIndex, gateway: GatewayInfo): PodInfo[] {
  return index.podsMatching(null, gateway.selector);
}

export function gatewayPodNamespaces(index: MeshIndex, gateway: GatewayInfo): { namespaces: string[]; assumed: boolean } {
  const pods = gatewayPods(index, gateway);
  if (pods.length === 0) return { namespaces: [ISTIO_ROOT_NAMESPACE], assumed: true };
  return { namespaces: [...new Set(pods.map((p) => p.namespace))].sort(), assumed: false };
}

/** `namespace/name` -> the Gateway, if it exists. */
export function findGateway(index: MeshIndex, normalized: string): GatewayInfo | undefined {
  const slash = normalized.indexOf('/');
  if (slash < 0) return undefined;
  return index.gateway(normalized.slice(0, slash), normalized.slice(slash + 1));
}

/** Istio Gateways (networking.istio.io); Gateway API Gateways share the kind but have listeners, not servers. */
export function isIstioGateway(gateway: GatewayInfo): boolean {
  return isIstioNetworking(gateway.resource);
}

export function istioGateways(index: MeshIndex): GatewayInfo[] {
  return index.gateways.filter(isIstioGateway);
}

/** Pods that are gateway proxies (selected by an Istio Gateway) or live in istio-system: not sidecar clients (R7.5.3). */
export function isGatewayOrControlPlanePod(index: MeshIndex, pod: PodInfo): boolean {
  if (pod.namespace === ISTIO_ROOT_NAMESPACE) return true;
  return istioGateways(index).some((g) => Object.keys(g.selector).length > 0 && Object.entries(g.selector).every(([k, v]) => pod.labels[k] === v));
}

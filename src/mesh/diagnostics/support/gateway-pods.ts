// R7.1.1: the pods a Gateway programs; when the set has none, the install's gateway in istio-system is assumed.
import { ISTIO_ROOT_NAMESPACE, apiGroup, isIstioNetworking, type Resource } from '../../model.js';
import type { GatewayInfo, MeshIndex, PodInfo } from '../../index/types.js';
import { readGateway } from '../../index/gateways.js';
import { memoize } from './memoize.js';

const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

export function gatewayPods(index: MeshIndex, gateway: GatewayInfo): PodInfo[] {
  return index.podsMatching(null, gateway.selector);
}

export function gatewayPodNamespaces(index: MeshIndex, gateway: GatewayInfo): { namespaces: string[]; assumed: boolean } {
  const pods = gatewayPods(index, gateway);
  if (pods.length === 0) return { namespaces: [ISTIO_ROOT_NAMESPACE], assumed: true };
  return { namespaces: [...new Set(pods.map((p) => p.namespace))].sort(), assumed: false };
}

const gatewayApiViews = new WeakMap<Resource, GatewayInfo>();

/** A Gateway API Gateway seen as a GatewayInfo without servers, so rules can tell it apart (isIstioGateway). */
function gatewayApiGateway(index: MeshIndex, namespace: string, name: string): GatewayInfo | undefined {
  const resource = index.get('Gateway', namespace, name);
  if (!resource || apiGroup(resource.apiVersion) !== GATEWAY_API_GROUP) return undefined;
  let view = gatewayApiViews.get(resource);
  if (!view) gatewayApiViews.set(resource, (view = { ...readGateway(resource), selector: {}, servers: [] }));
  return view;
}

/** `namespace/name` -> the Istio Gateway, else the Gateway API Gateway of that name (istioctl accepts both). */
export function findGateway(index: MeshIndex, normalized: string): GatewayInfo | undefined {
  const slash = normalized.indexOf('/');
  if (slash < 0) return undefined;
  const namespace = normalized.slice(0, slash);
  const name = normalized.slice(slash + 1);
  return index.gateway(namespace, name) ?? gatewayApiGateway(index, namespace, name);
}

/** Istio Gateways (networking.istio.io); Gateway API Gateways share the kind but have listeners, not servers. */
export function isIstioGateway(gateway: GatewayInfo): boolean {
  return isIstioNetworking(gateway.resource);
}

export function istioGateways(index: MeshIndex): GatewayInfo[] {
  return index.gateways.filter(isIstioGateway);
}

const gatewayPodSets = memoize((index: MeshIndex): ReadonlySet<PodInfo> => {
  const pods = new Set<PodInfo>();
  for (const gateway of istioGateways(index)) {
    if (Object.keys(gateway.selector).length > 0) for (const pod of gatewayPods(index, gateway)) pods.add(pod);
  }
  return pods;
});

/** Pods that are gateway proxies (selected by an Istio Gateway) or live in istio-system: not sidecar clients (R7.5.3). */
export function isGatewayOrControlPlanePod(index: MeshIndex, pod: PodInfo): boolean {
  return pod.namespace === ISTIO_ROOT_NAMESPACE || gatewayPodSets(index).has(pod);
}

// Gateway -> the gateway-proxy Pods its selector picks, in any namespace (R7.1.1, R7.1.2).
import { ISTIO_ROOT_NAMESPACE } from '../model.js';
import type { GatewayInfo, MeshIndex, PodInfo } from '../index/types.js';
import { citation, edge, missingNode, podNode, resourceNode, type EdgeStatus, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';
import { labelsContain } from './index-lookups.js';

export interface GatewayPods {
  pods: PodInfo[];
  /** Namespaces of the gateway pods; the root namespace is assumed when the set has none (the install provides them). */
  namespaces: string[];
  assumed: boolean;
  status: EdgeStatus;
  reason: string;
}

export function gatewayPods(index: MeshIndex, gateway: GatewayInfo): GatewayPods {
  const selector = Object.entries(gateway.selector).map(([k, v]) => `${k}=${v}`).join(',');
  if (!selector) {
    return { pods: [], namespaces: [ISTIO_ROOT_NAMESPACE], assumed: true, status: 'OK', reason: `no selector: the Gateway applies to every gateway pod (R7.1.1); assumed in ${ISTIO_ROOT_NAMESPACE}` };
  }
  const pods = index.podsMatching(null, gateway.selector);
  if (pods.length === 0) {
    return {
      pods, namespaces: [ISTIO_ROOT_NAMESPACE], assumed: true, status: 'MISSING',
      reason: `no pod of the set matches selector ${selector}; the Istio installation usually provides the gateway (assumed in ${ISTIO_ROOT_NAMESPACE}), otherwise the Gateway programs nothing (R7.1.1, R7.1.2)`,
    };
  }
  return { pods, namespaces: [...new Set(pods.map((p) => p.namespace))].sort(), assumed: false, status: 'OK', reason: `selector ${selector} matches ${pods.length} pod(s) in any namespace (R7.1.1)` };
}

export const gatewayPodsRelation: Relation = defineRelation<GatewayInfo>({
  name: 'gateway-pods',
  description: 'Gateway -> the gateway proxy Pods it programs (selector, any namespace); MISSING when none is in the set',
  sources: (index) => index.gateways,
  sourceOf: (index, node) => (node.kind === 'Gateway' && node.namespace ? index.gateway(node.namespace, node.name) : undefined),
  edgesOf(index, gateway) {
    const from = resourceNode(gateway.resource);
    const found = gatewayPods(index, gateway);
    const source = citation(gateway.resource, 'spec.selector');
    if (found.pods.length > 0) return found.pods.map((pod) => edge(from, podNode(pod), 'programs', 'OK', null, source));
    if (found.status === 'OK') return [];
    return [edge(from, missingNode('Pod', ISTIO_ROOT_NAMESPACE, `(gateway proxy for ${gateway.key})`), 'programs', 'MISSING', found.reason, source)];
  },
  candidates(index, node) {
    if (node.kind !== 'Pod' || !node.namespace) return [];
    const pod = index.pod(node.namespace, node.name);
    if (!pod) return index.gateways; // the MISSING proxy node: few Gateways, filtered by edgesTo
    return index.gateways.filter((g) => Object.keys(g.selector).length > 0 && labelsContain(pod.labels, g.selector));
  },
});

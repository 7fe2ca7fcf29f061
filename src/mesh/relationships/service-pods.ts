// Service -> Pods: selector in the Service namespace (R6.1.1, R6.1.3), or the pods behind its Endpoints/EndpointSlices.
import type { MeshIndex, PodInfo, ServiceInfo } from '../index/types.js';
import { citation, edge, missingNode, podNode, resourceNode, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';
import { reverseLookups } from './reverse-lookups.js';

export interface ServicePods {
  pods: PodInfo[];
  via: 'selector' | 'endpoints' | 'none';
  reason: string;
}

export function servicePods(index: MeshIndex, service: ServiceInfo): ServicePods {
  if (service.type === 'ExternalName') {
    return { pods: [], via: 'none', reason: `ExternalName Service: no pods, it is an alias of ${service.externalName ?? '(no externalName)'} (R6.1.1, R5.4.2)` };
  }
  if (service.selector) {
    const pods = index.podsMatching(service.namespace, service.selector);
    const selector = Object.entries(service.selector).map(([k, v]) => `${k}=${v}`).join(',');
    return { pods, via: 'selector', reason: pods.length > 0 ? `selector ${selector} matches ${pods.length} pod(s) in ${service.namespace} (R6.1.1)` : `selector ${selector} matches no pod in ${service.namespace} (R6.1.1)` };
  }
  const pods: PodInfo[] = [];
  for (const port of service.ports) for (const e of index.endpoints(service, port)) if (e.pod && !pods.includes(e.pod)) pods.push(e.pod);
  return {
    pods, via: 'endpoints',
    reason: `the Service has no selector, so Kubernetes creates no endpoints; ${pods.length} pod(s) come from the Endpoints/EndpointSlices of the set (R6.1.1, R6.3.1)`,
  };
}

const NO_POD = /^\(no pod for Service (.+)\)$/;

export const servicePodsRelation: Relation = defineRelation<ServiceInfo>({
  name: 'service-pods',
  description: 'Service -> the Pods it selects (same namespace, selector subset of the labels) or lists in its Endpoints/EndpointSlices',
  sources: (index) => index.services,
  sourceOf: (index, node) => (node.kind === 'Service' && node.namespace ? index.service(node.namespace, node.name) : undefined),
  edgesOf(index, service) {
    if (service.type === 'ExternalName') return [];
    const from = resourceNode(service.resource);
    const selected = servicePods(index, service);
    const source = citation(service.resource, service.selector ? 'spec.selector' : '');
    if (selected.pods.length === 0) {
      return [edge(from, missingNode('Pod', service.namespace, `(no pod for Service ${service.name})`), 'selects', 'MISSING', selected.reason, source)];
    }
    return selected.pods.map((pod) => edge(from, podNode(pod), 'selects', 'OK', pod.ready ? null : pod.readinessReason, source));
  },
  candidates(index, node) {
    if (node.kind !== 'Pod' || !node.namespace) return [];
    const pod = index.pod(node.namespace, node.name);
    if (pod) return reverseLookups(index).servicesOfPod(pod);
    const named = NO_POD.exec(node.name);
    const service = named ? index.service(node.namespace, named[1]) : undefined;
    return service ? [service] : [];
  },
});

// Service port -> targetPort -> endpoints per pod (R6.2.1, R6.2.4, R6.6.1).
import type { EndpointInfo, MeshIndex, ServiceInfo, ServicePortInfo } from '../index/types.js';
import { citation, edge, podNode, resourceNode, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';
import { reverseLookups } from './reverse-lookups.js';

export interface ServicePortView {
  port: ServicePortInfo;
  /** Field path of the port in the Service, e.g. `spec.ports[0]`. */
  fieldPath: string;
  endpoints: EndpointInfo[];
  readyEndpoints: number;
}

export function servicePorts(index: MeshIndex, service: ServiceInfo): ServicePortView[] {
  return service.ports.map((port) => {
    const endpoints = index.endpoints(service, port);
    return { port, fieldPath: `spec.ports[${port.index}]`, endpoints, readyEndpoints: endpoints.filter((e) => e.ready && e.port !== null).length };
  });
}

/** Only the broken links become edges (the pods themselves are service-pods edges): a named targetPort a pod lacks. */
export const servicePortsRelation: Relation = defineRelation<ServiceInfo>({
  name: 'service-ports',
  description: 'Service port -> targetPort on each Pod; MISSING when a Pod lacks a named targetPort (R6.2.4, UNVERIFIED)',
  sources: (index) => index.services,
  sourceOf: (index, node) => (node.kind === 'Service' && node.namespace ? index.service(node.namespace, node.name) : undefined),
  edgesOf(index, service) {
    return servicePorts(index, service).flatMap((view) =>
      view.endpoints.flatMap((e) => (e.problem && e.pod
        ? [edge(resourceNode(service.resource), podNode(e.pod), `port ${view.port.port} -> ${view.port.targetPort}`, 'MISSING', e.problem, citation(service.resource, `${view.fieldPath}.targetPort`))]
        : [])));
  },
  candidates(index, node) {
    const pod = node.kind === 'Pod' && node.namespace ? index.pod(node.namespace, node.name) : undefined;
    return pod ? reverseLookups(index).servicesOfPod(pod) : [];
  },
});

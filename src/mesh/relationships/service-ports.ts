// Service port -> targetPort -> endpoints per pod (R6.2.1, R6.2.4, R6.6.1).
import type { EndpointInfo, MeshIndex, ServiceInfo, ServicePortInfo } from '../index/types.js';
import { citation, edge, podNode, resourceNode, type Relation, type RelationEdge } from './relation.js';

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
export const servicePortsRelation: Relation = Object.freeze({
  name: 'service-ports',
  description: 'Service port -> targetPort on each Pod; MISSING when a Pod lacks a named targetPort (R6.2.4, UNVERIFIED)',
  edges(index: MeshIndex): RelationEdge[] {
    return index.services.flatMap((service) =>
      servicePorts(index, service).flatMap((view) =>
        view.endpoints.flatMap((e) => (e.problem && e.pod
          ? [edge(resourceNode(service.resource), podNode(e.pod), `port ${view.port.port} -> ${view.port.targetPort}`, 'MISSING', e.problem, citation(service.resource, `${view.fieldPath}.targetPort`))]
          : [])),
      ),
    );
  },
});

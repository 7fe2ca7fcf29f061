// Public surface of the relationships engine: the frozen relation registry, the graph, and the lookup helpers.
import type { MeshIndex, VirtualServiceInfo } from '../index/types.js';
import { buildGraph, type GraphQuery } from './graph.js';
import { lookups } from './index-lookups.js';
import type { Relation, RelationshipGraph } from './relation.js';
import { destinationRuleServicesRelation } from './destination-rule-services.js';
import { destinationRuleSubsetsRelation } from './destination-rule-subsets.js';
import { gatewayPodsRelation } from './gateway-pods.js';
import { gatewayVirtualServicesRelation } from './gateway-virtual-services.js';
import { podWorkloadRelation } from './pod-workload.js';
import { servicePodsRelation } from './service-pods.js';
import { servicePortsRelation } from './service-ports.js';
import { virtualServiceDestinationsRelation } from './virtual-service-destinations-relation.js';
import { virtualServiceGatewaysRelation } from './virtual-service-gateways.js';
import { virtualServiceHostsRelation } from './virtual-service-hosts.js';

/** Every relation, alphabetical. Pod -> Services is the reverse of service-pods (see podServices), not a separate relation. */
export const allRelations: readonly Relation[] = Object.freeze([
  destinationRuleServicesRelation,
  destinationRuleSubsetsRelation,
  gatewayPodsRelation,
  gatewayVirtualServicesRelation,
  podWorkloadRelation,
  servicePodsRelation,
  servicePortsRelation,
  virtualServiceDestinationsRelation,
  virtualServiceGatewaysRelation,
  virtualServiceHostsRelation,
]);

export function buildRelationshipGraph(index: MeshIndex, query: GraphQuery): RelationshipGraph {
  return buildGraph(index, query, allRelations);
}

/** VirtualServices whose normalized `gateways` list `key` (`mesh` or `ns/name`), from a per-index lookup. */
export function virtualServicesBoundTo(index: MeshIndex, key: string): readonly VirtualServiceInfo[] {
  return lookups(index).virtualServicesBoundTo(key);
}

export type { GraphQuery } from './graph.js';
export type { EdgeStatus, GraphEdge, GraphNode, Relation, RelationEdge, RelationshipGraph } from './relation.js';
export { renderGraphMermaid } from './render-mermaid.js';
export * from './destination-rule-for.js';
export * from './destination-rule-by-namespace.js';
export * from './sidecar-for.js';
export * from './destination-rule-subsets.js';
export * from './destination-rule-services.js';
export * from './service-pods.js';
export * from './service-ports.js';
export * from './pod-services.js';
export * from './pod-workload.js';
export * from './virtual-service-destinations.js';
export { allVirtualServiceDestinations, destinationsOf } from './virtual-service-destinations-relation.js';
export * from './virtual-service-hosts.js';
export * from './virtual-service-gateways.js';
export * from './gateway-pods.js';
export * from './gateway-virtual-services.js';
export { compareByCreation, labelsContain, lookups } from './index-lookups.js';
export { reverseLookups } from './reverse-lookups.js';

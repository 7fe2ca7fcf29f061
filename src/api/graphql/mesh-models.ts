// What the GraphQL object types of a revision's mesh resolve from (codegen mappers): the engine's data
// plus the MeshIndex it came from, so relationship fields can follow links lazily.
import type {
  DestinationRuleInfo, EndpointInfo, GatewayInfo, GatewayServerInfo, MeshIndex, PodInfo, ServiceEntryInfo, ServiceInfo,
  SidecarInfo, VirtualServiceInfo,
} from '../../mesh/index/types.js';
import type { Resource } from '../../mesh/model.js';
import type {
  GatewayBinding, ResolvedGatewayRef, ResolvedHost, ServicePortView, VirtualServiceDestination,
} from '../../mesh/relationships/index.js';
import type { AnalyzeResult } from '../../service/explain/index.js';
import type { GroupedSubset } from '../../service/api-queries/index.js';

export interface InIndex { index: MeshIndex }

export type DiagnosticsObject = AnalyzeResult & { revision: number };
export type ServiceObject = InIndex & { service: ServiceInfo };
export type ServicePortObject = InIndex & { service: ServiceInfo; view: ServicePortView };
export type ServiceEndpointObject = InIndex & { endpoint: EndpointInfo };
export type PodObject = InIndex & { pod: PodInfo };
export type WorkloadObject = InIndex & { resource: Resource };
export type VirtualServiceObject = InIndex & { virtualService: VirtualServiceInfo };
export type VirtualServiceHostObject = VirtualServiceObject & { host: ResolvedHost };
export type VirtualServiceGatewayObject = VirtualServiceObject & { gateway: ResolvedGatewayRef };
export type VirtualServiceDestinationObject = InIndex & { destination: VirtualServiceDestination };
export type DestinationRuleObject = InIndex & { destinationRule: DestinationRuleInfo };
export type SubsetObject = DestinationRuleObject & { subset: GroupedSubset };
export type GatewayObject = InIndex & { gateway: GatewayInfo };
export type GatewayServerObject = GatewayObject & { server: GatewayServerInfo };
export type GatewayBindingObject = InIndex & { binding: GatewayBinding };
export type ServiceEntryObject = InIndex & { serviceEntry: ServiceEntryInfo };
export type SidecarObject = InIndex & { sidecar: SidecarInfo };

/** Wraps engine values with their index. */
export function inIndex<K extends string, T>(index: MeshIndex, key: K, values: readonly T[]): (InIndex & Record<K, T>)[] {
  return values.map((value) => ({ index, [key]: value }) as InIndex & Record<K, T>);
}

// The MeshIndex contract: what the engine (routing, relationships, diagnostics, differences) may ask
// about one revision. Built once per revision by buildMeshIndex (build.ts); lookups, never scans.
import type { Labels, Resource, ResourceRef, SourceRef, FieldLocator } from '../model.js';

/** Istio's protocol for a port (reference §6.6). UNSUPPORTED means protocol sniffing. */
export type IstioProtocol =
  | 'HTTP' | 'HTTP2' | 'GRPC' | 'GRPC-Web' | 'HTTPS' | 'TLS' | 'TCP' | 'UDP'
  | 'Mongo' | 'MySQL' | 'Redis' | 'HTTP_PROXY' | 'UNSUPPORTED';

export interface ProtocolDecision {
  protocol: IstioProtocol;
  /** HTTP routing (http: rules) applies: HTTP, HTTP2, GRPC, GRPC-Web (R6.6.2). */
  http: boolean;
  /** true when UNSUPPORTED (sniffed: HTTP rules still apply if the bytes look like HTTP, R1.8.3). */
  sniffed: boolean;
  /** Why, in words, e.g. `port name "http-web" starts with "http"` or `appProtocol "tcp" overrides the name`. */
  reason: string;
}

export interface ContainerPort { name: string | null; containerPort: number; protocol: string }

/** A bare Pod of the set, or one implied by a Deployment/StatefulSet/DaemonSet/ReplicaSet template. */
export interface PodInfo {
  namespace: string;
  /** Bare pod name; implied pods: `<deploy>-<n>` style names are not invented: Deployment/ReplicaSet/DaemonSet
   *  implied pods are named `<owner>-pod-<i>` (i from 0), StatefulSet pods `<name>-<i>` as Kubernetes names them. */
  name: string;
  labels: Labels;
  ip: string | null;
  ready: boolean;
  /** true when readiness was not written (template pod or pod without status): assumed ready. */
  readinessAssumed: boolean;
  readinessReason: string;
  containerPorts: ContainerPort[];
  /** The owning workload (Deployment/StatefulSet/DaemonSet/ReplicaSet) or, for a bare Pod, the Pod itself. */
  workload: ResourceRef;
  implied: boolean;
  /** DaemonSet: one implied pod stands for "one per node". */
  perNode: boolean;
  /** The resource whose YAML defines this pod (the Pod, or the owner with the template). */
  resource: Resource;
  /** Field path of the pod spec/metadata inside `resource`: '' for a bare Pod, 'spec.template' for templates. */
  templatePath: string;
}

export interface ServicePortInfo {
  index: number;
  name: string | null;
  port: number;
  /** As written (number or name); defaults to `port` (R6.2.1). */
  targetPort: number | string;
  targetPortDefaulted: boolean;
  protocol: string;
  appProtocol: string | null;
  nodePort: number | null;
  istio: ProtocolDecision;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServiceInfo {
  resource: Resource;
  namespace: string;
  name: string;
  /** name.namespace.svc.cluster.local (R1.3.2) */
  fqdn: string;
  type: ServiceType;
  headless: boolean;
  clusterIP: string | null;
  externalName: string | null;
  /** null when the Service has no selector (endpoints come from Endpoints/EndpointSlices of the set). */
  selector: Labels | null;
  ports: ServicePortInfo[];
  /** networking.istio.io/exportTo annotation, default ['*'] (R2.3.4). */
  exportTo: string[];
  publishNotReadyAddresses: boolean;
  sessionAffinity: string;
}

export interface ServiceEntryInfo {
  resource: Resource;
  namespace: string;
  name: string;
  /** hosts as written (lower-cased); not expanded (R5.1.3). */
  hosts: string[];
  ports: { number: number; name: string | null; protocol: string | null; targetPort: number | null; istio: ProtocolDecision }[];
  resolution: string;
  location: string;
  exportTo: string[];
  workloadSelector: Labels | null;
}

/** One endpoint of a Service port: a pod (or an address from Endpoints/EndpointSlice) and the resolved target port. */
export interface EndpointInfo {
  pod: PodInfo | null;
  ip: string | null;
  /** The resolved targetPort number on this pod; null when a named targetPort is missing on the pod. */
  port: number | null;
  ready: boolean;
  /** Set when this pod is selected but cannot serve the port (e.g. named targetPort missing, R6.2.4 UNVERIFIED). */
  problem: string | null;
  via: 'selector' | 'EndpointSlice' | 'Endpoints';
}

export interface GatewayRefInfo {
  /** as written */
  raw: string;
  /** `mesh` or normalized `namespace/name` (R2.1.3) */
  normalized: string;
  fieldPath: string;
}

export interface VirtualServiceInfo {
  resource: Resource;
  namespace: string;
  name: string;
  /** spec.hosts, each lower-cased and expanded per R1.1.1 (with the field path of each). Empty for delegates. */
  hosts: { raw: string; fqdn: string; fieldPath: string }[];
  /** Normalized gateways (R2.1.1-R2.1.3); absent/empty => [{normalized:'mesh'}] with `gatewaysDefaulted`. */
  gateways: GatewayRefInfo[];
  gatewaysDefaulted: boolean;
  /** exportTo as written, default ['*'] (R2.3.1). */
  exportTo: string[];
  creationTimestamp: string | null;
  /** true when spec.hosts is empty: a delegate (R2.7.1). */
  isDelegate: boolean;
}

export interface SubsetInfo { name: string; labels: Labels; fieldPath: string; trafficPolicy: unknown }

export interface DestinationRuleInfo {
  resource: Resource;
  namespace: string;
  name: string;
  hostRaw: string;
  /** expanded per R1.1.4 */
  host: string;
  subsets: SubsetInfo[];
  exportTo: string[];
  workloadSelector: Labels | null;
  creationTimestamp: string | null;
  trafficPolicy: unknown;
}

export interface GatewayServerInfo {
  index: number;
  fieldPath: string;
  port: { number: number; name: string | null; protocol: string };
  /** hosts split into namespace and dnsName (R7.4.1): no prefix => '*', './' => the Gateway's namespace. */
  hosts: { raw: string; namespace: string; dnsName: string }[];
  tlsMode: string | null;
  httpsRedirect: boolean;
  bind: string | null;
}

export interface GatewayInfo {
  resource: Resource;
  namespace: string;
  name: string;
  /** `namespace/name` */
  key: string;
  selector: Labels;
  servers: GatewayServerInfo[];
}

export interface SidecarInfo {
  resource: Resource;
  namespace: string;
  name: string;
  workloadSelector: Labels | null;
  /** egress hosts as `namespace/dnsName` split (R2.4.2); default implicit "any namespace, any host" when no egress. */
  egressHosts: { raw: string; namespace: string; dnsName: string; fieldPath: string }[];
  outboundTrafficPolicy: string | null;
  creationTimestamp: string | null;
}

export interface MeshIndex {
  readonly resources: readonly Resource[];
  get(kind: string, namespace: string | null, name: string): Resource | undefined;
  byKind(kind: string): readonly Resource[];
  inNamespace(namespace: string): readonly Resource[];
  /** Every namespace named by a Namespace object or by any resource's metadata.namespace. */
  namespaces(): readonly string[];
  /** The domain suffix the index was built with (BuildOptions.domainSuffix, default cluster.local). */
  readonly domainSuffix: string;

  readonly pods: readonly PodInfo[];
  /** One pod (bare or implied) by namespace and name. */
  pod(namespace: string, name: string): PodInfo | undefined;
  /** Pods in `namespace` (any namespace when null) whose labels contain every selector entry. Uses an inverted index. */
  podsMatching(namespace: string | null, selector: Labels): PodInfo[];
  podsOfWorkload(workload: ResourceRef): PodInfo[];

  readonly services: readonly ServiceInfo[];
  service(namespace: string, name: string): ServiceInfo | undefined;
  serviceByFqdn(fqdn: string): ServiceInfo | undefined;
  /** Services whose selector selects this pod (same namespace, R6.1.1). */
  servicesSelecting(pod: PodInfo): ServiceInfo[];
  /** Ready and not-ready endpoints of one Service port (selector pods or Endpoints/EndpointSlices). */
  endpoints(service: ServiceInfo, port: ServicePortInfo): EndpointInfo[];

  readonly serviceEntries: readonly ServiceEntryInfo[];
  /** ServiceEntries with a host equal to `host` (exact), or a wildcard host matching it. */
  serviceEntriesForHost(host: string): ServiceEntryInfo[];

  readonly virtualServices: readonly VirtualServiceInfo[];
  virtualService(namespace: string, name: string): VirtualServiceInfo | undefined;
  readonly destinationRules: readonly DestinationRuleInfo[];
  readonly gateways: readonly GatewayInfo[];
  gateway(namespace: string, name: string): GatewayInfo | undefined;
  readonly sidecars: readonly SidecarInfo[];

  /** Points at a field of a resource: the field's own line when the locator knows it, else the document start. */
  cite(resource: Resource, fieldPath: string): SourceRef;
}

export interface BuildOptions {
  /** Resolves field paths to lines; when absent, citations use the document's start line. */
  locate?: FieldLocator;
  domainSuffix?: string;
}

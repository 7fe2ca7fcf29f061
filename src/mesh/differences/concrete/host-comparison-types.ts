// The concrete comparison for one host of a set: what the Service alone does vs what the mesh does.
import type { Labels, ResourceRef, SourceRef } from '../../model.js';
import type {
  RouteEndpoint, RouteFault, RouteOutcome, RoutePath, RouteRequest, RouteRetries, RouteTimeout,
} from '../../routing/types.js';
import type { ResourceKind } from '../resource-kind.js';

export interface CompareHostInput {
  /** Service short name (in `namespace`), `name.namespace`, or FQDN. */
  host: string;
  /** Namespace for a short name; default `default`. */
  namespace?: string | null;
  /** The mesh kind being compared with the Service; default VIRTUAL_SERVICE. */
  kind?: ResourceKind | string | null;
}

/** The route simulator (`simulateRoute(index, request)` bound to the index). */
export type RouteSimulator = (request: RouteRequest) => RoutePath;

export interface ServicePortSummary {
  name: string | null;
  port: number;
  targetPort: number | string;
  /** Istio's protocol for the port and why (R6.6.1). */
  istioProtocol: string;
  protocolReason: string;
  /** http rules of VirtualServices apply on this port (R6.6.2). */
  httpRouting: boolean;
  endpoints: RouteEndpoint[];
  readyEndpoints: number;
  /** Share of one ready endpoint in percent (equal share), null when there is none. */
  sharePercent: number | null;
}

export interface ServiceSummary {
  namespace: string;
  name: string;
  fqdn: string;
  type: string;
  headless: boolean;
  clusterIP: string | null;
  selector: Labels | null;
  ports: ServicePortSummary[];
  source: SourceRef;
}

export interface AppliedVirtualService {
  namespace: string;
  name: string;
  hosts: string[];
  /** Normalized gateways (`mesh` or `ns/name`). */
  gateways: string[];
  httpRoutes: number;
  /** Whether this VirtualService decides sidecar traffic for the host (false when another one owns the host, R1.7.2). */
  ownsMeshHost: boolean;
  reason: string;
  source: SourceRef;
}

export interface AppliedDestinationRule {
  namespace: string;
  name: string;
  host: string;
  subsets: { name: string; labels: Labels; pods: string[] }[];
  loadBalancer: string;
  /** On the lookup path of a client in the Service's namespace (R5.5.1, R5.5.2). */
  applies: boolean;
  reason: string;
  source: SourceRef;
}

export interface AppliedGateway {
  namespace: string;
  name: string;
  servers: { port: number; protocol: string; hosts: string[] }[];
  virtualServices: string[];
  source: SourceRef;
}

export interface KubernetesOutcome {
  service: ResourceRef | null;
  port: number | null;
  targetPort: number | string | null;
  /** Ready endpoints only (kube-proxy sends to ready endpoints, R6.1.2). */
  endpoints: RouteEndpoint[];
  workloads: string[];
  sharePercent: number | null;
  summary: string;
}

export interface MeshDestinationSummary {
  host: string;
  port: number | null;
  subset: string | null;
  weight: number;
  cluster: string;
  status: string;
  endpoints: RouteEndpoint[];
  workloads: string[];
}

export interface MeshOutcome {
  outcome: RouteOutcome;
  status: number | null;
  responseFlag: string | null;
  summary: string;
  virtualService: { namespace: string; name: string } | null;
  route: { index: number; name: string | null } | null;
  destinations: MeshDestinationSummary[];
  retries: RouteRetries | null;
  timeout: RouteTimeout | null;
  fault: RouteFault | null;
  redirect: { location: string; status: number } | null;
  directResponse: { status: number; body: string | null } | null;
}

export interface RequestDerivation {
  virtualService: { namespace: string; name: string } | null;
  /** The http route the request was built for; null for the request that matches none / the default route. */
  routeIndex: number | null;
  matchIndex: number | null;
  /** `prefix "/api"`, `everything`, `no route`... */
  match: string;
  /** Why the request could not satisfy the match exactly (empty when it does). */
  problems: string[];
}

export interface RequestComparison {
  label: string;
  derivedFrom: RequestDerivation;
  request: RouteRequest;
  kubernetes: KubernetesOutcome;
  mesh: MeshOutcome;
  /** Kubernetes and the mesh can reach exactly the same Pods. */
  samePods: boolean;
  difference: string;
}

export type ComparisonAspectId = 'routing' | 'splitting' | 'load-balancing' | 'retries' | 'timeouts' | 'faults';

export interface ComparisonAspect {
  aspect: ComparisonAspectId;
  kubernetes: string;
  mesh: string;
  rules: string[];
}

export interface HostComparison {
  host: string;
  namespace: string;
  kind: ResourceKind;
  service: ServiceSummary | null;
  virtualServices: AppliedVirtualService[];
  destinationRules: AppliedDestinationRule[];
  gateways: AppliedGateway[];
  requests: RequestComparison[];
  summary: ComparisonAspect[];
  /** Plain sentences: missing Service, non-HTTP port, requests that could not be derived... */
  notes: string[];
}

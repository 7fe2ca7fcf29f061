// The route explanation contract (DESIGN.md "Route explanation contract"). Field names are fixed:
// add fields freely, never rename these.
import type { SourceRef, ResourceRef } from '../model.js';

export interface RouteRequestHeader { name: string; value: string }

export interface RouteRequest {
  /** Host / :authority as sent; may carry `:port`. */
  host: string;
  /** Destination port; with `gateway`, the Gateway server's port.number as written. */
  port?: number | null;
  /** Path, may include `?query`. Default `/`. */
  path?: string | null;
  method?: string | null;
  scheme?: string | null;
  headers?: RouteRequestHeader[] | null;
  source?: { namespace?: string | null; labels?: Record<string, string> | null } | null;
  /** `namespace/name` of an Istio Gateway to enter through instead of the caller's sidecar. */
  gateway?: string | null;
  outboundTrafficPolicy?: 'ALLOW_ANY' | 'REGISTRY_ONLY' | null;
  /** What the client sends: an HTTP request (default), raw TCP bytes, or TLS it starts itself (R1.8.4, R7.6.1). */
  protocol?: 'http' | 'tcp' | 'tls' | null;
  /** TLS server name for `protocol: tls`; defaults to the hostname of `host`. */
  sni?: string | null;
}

export type RouteOutcome =
  | 'ROUTED' | 'REDIRECTED' | 'DIRECT_RESPONSE' | 'FAULT_ABORTED' | 'NO_ROUTE'
  | 'CLUSTER_NOT_FOUND' | 'NO_HEALTHY_UPSTREAM' | 'PASSTHROUGH' | 'BLOCKED';

/** Pipeline stages, in order (reference §0.3). */
export type RouteStage =
  | 'entry' | 'listener' | 'visibility' | 'virtual-host' | 'virtual-service' | 'delegate'
  | 'match' | 'action' | 'destination' | 'destination-rule' | 'cluster' | 'endpoints' | 'outcome' | 'kubernetes';

/** What a step decided: the winner, a skipped candidate, an assumption, a note, or the end. */
export type RouteDecision = 'selected' | 'skipped' | 'matched' | 'not-matched' | 'assumed' | 'applied' | 'failed' | 'info';

export interface RouteStep {
  stage: RouteStage;
  decision: RouteDecision;
  /** One plain sentence; renderers may add formatting. */
  reason: string;
  source: SourceRef | null;
  /** Reference rule(s) behind the decision, e.g. ['R3.2.3']. */
  rules?: string[];
  /** true when the reference marks the behaviour UNVERIFIED. */
  unverified?: boolean;
}

export interface RouteEndpoint {
  /** `ns/name` */
  pod: string;
  /** `Kind/ns/name` of the owning workload, `Pod/ns/name` for a bare pod. */
  workload: string;
  ip: string | null;
  port: number | null;
  ready: boolean;
  readinessAssumed: boolean;
}

export interface RouteDestination {
  host: string;
  port: number | null;
  subset: string | null;
  weight: number;
  cluster: string;
  endpoints: RouteEndpoint[];
  /** Service or ServiceEntry the host resolved to, or null. */
  service: ResourceRef | null;
  status: 'OK' | 'CLUSTER_NOT_FOUND' | 'NO_HEALTHY_UPSTREAM' | 'PASSTHROUGH';
  reason: string | null;
}

export interface RouteTimeout { value: string | null; isDefault: boolean; description: string }
export interface RouteRetries {
  attempts: number;
  perTryTimeout: string | null;
  retryOn: string | null;
  isDefault: boolean;
  description: string;
}

export interface RouteFault {
  delay: { fixedDelay: string; percent: number } | null;
  abort: { status: number; percent: number } | null;
}

export interface KubernetesView {
  service: ResourceRef | null;
  port: number | null;
  targetPort: number | string | null;
  endpoints: RouteEndpoint[];
  note: string;
}

export interface RoutePath {
  request: Required<Pick<RouteRequest, 'host'>> & RouteRequest;
  outcome: RouteOutcome;
  status: number | null;
  /** Envoy response flag when the proxy answers itself (NR, NC, UH, FI...), else null. */
  responseFlag: string | null;
  summary: string;
  virtualService: { namespace: string; name: string } | null;
  route: { index: number; name: string | null } | null;
  destinations: RouteDestination[];
  rewrite: { path: string | null; authority: string | null } | null;
  redirect: { location: string; status: number } | null;
  directResponse: { status: number; body: string | null } | null;
  fault: RouteFault | null;
  timeout: RouteTimeout | null;
  retries: RouteRetries | null;
  mirrors: { host: string; port: number | null; subset: string | null; percent: number; cluster: string }[];
  headers: { request: { set: Record<string, string>; add: Record<string, string>; remove: string[] }; response: { set: Record<string, string>; add: Record<string, string>; remove: string[] } } | null;
  corsPolicy: unknown;
  steps: RouteStep[];
  kubernetes: KubernetesView;
}

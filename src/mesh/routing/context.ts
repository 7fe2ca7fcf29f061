// What every pipeline stage shares: the index, the normalized request, the trace being written, the Envoy
// names chosen so far and the parts of the answer already known. One context per simulateRoute call.
import type { GatewayInfo, MeshIndex, PodInfo, SidecarInfo } from '../index/types.js';
import type { Labels } from '../model.js';
import type { RequestView } from './match/index.js';
import type { NormalizedRequest } from './request.js';
import type { RouteOutcome, RoutePath, RouteStep } from './types.js';

/** Why Envoy stopped before an upstream, in the terms of Istio's own traffic simulator (pilot/pkg/simulation). */
export type EnvoyFailure =
  | 'no-listener' | 'no-filter-chain' | 'conflicting-filter-chains' | 'protocol-mismatch'
  | 'no-virtual-host' | 'no-route' | 'tls-redirect';

/** Envoy object names for the request (useful with `istioctl proxy-config`); null when not reached. */
export interface EnvoyView {
  listener: string | null;
  routeConfig: string | null;
  virtualHost: string | null;
  /** Route name: the http[].name, `default` for a Service's implicit route, `allow_any` / `block_all` for the catch-all. */
  route: string | null;
  /** The single upstream cluster, `PassthroughCluster`, `BlackHoleCluster`, or null (weighted, redirect, ...). */
  cluster: string | null;
  failure: EnvoyFailure | null;
}

export type AnswerDraft = Pick<RoutePath,
  'virtualService' | 'route' | 'destinations' | 'rewrite' | 'redirect' | 'directResponse' | 'fault' | 'timeout' |
  'retries' | 'mirrors' | 'headers' | 'corsPolicy'>;

export interface SimulationContext {
  readonly index: MeshIndex;
  readonly request: NormalizedRequest;
  /** Rebuilt when a stage settles the scheme (a TLS gateway port). */
  view: RequestView;
  readonly steps: RouteStep[];
  readonly envoy: EnvoyView;
  readonly answer: AnswerDraft;
}

/** The proxy that handles the request: the caller's sidecar or the gateway Pod (R0.3 step 1). */
export interface Proxy {
  kind: 'sidecar' | 'gateway';
  namespace: string;
  labels: Labels;
  /** The gateway Pod; null for sidecars (the caller is described by namespace and labels) or when assumed. */
  pod: PodInfo | null;
  /** true when no Pod of the set matches the Gateway selector and the install's gateway Pod is simulated. */
  assumed: boolean;
  sidecar: SidecarInfo | null;
  /** Gateway proxy: every Gateway selecting its Pod, in config order (R7.1.3). */
  gateways: GatewayInfo[];
}

/** A stage that answers the request itself (or cannot go on) returns an Ending instead of its output. */
export interface Ending {
  readonly kind: 'end';
  outcome: RouteOutcome;
  status: number | null;
  responseFlag: string | null;
  /** A clause for the summary, e.g. `no route of VirtualService default/reviews matches /health`. */
  cause: string;
}

export function ending(outcome: RouteOutcome, status: number | null, responseFlag: string | null, cause: string): Ending {
  return { kind: 'end', outcome, status, responseFlag, cause };
}

export function isEnding(value: unknown): value is Ending {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'end';
}

export function emptyAnswer(): AnswerDraft {
  return {
    virtualService: null, route: null, destinations: [], rewrite: null, redirect: null, directResponse: null,
    fault: null, timeout: null, retries: null, mirrors: [], headers: null, corsPolicy: null,
  };
}

export function emptyEnvoyView(): EnvoyView {
  return { listener: null, routeConfig: null, virtualHost: null, route: null, cluster: null, failure: null };
}

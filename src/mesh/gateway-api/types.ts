// Internal shapes shared by the Gateway API stages.
import type { JsonObject, Resource } from '../model.js';
import type { MeshIndex, ServiceInfo, ServicePortInfo } from '../index/types.js';
import type { RequestView } from '../routing/match/index.js';
import type { RouteRequest, RouteStep } from '../routing/types.js';

export interface ListenerInfo {
  index: number;
  fieldPath: string;
  name: string;
  port: number;
  protocol: string;
  /** Lower-cased; null when the listener accepts any hostname. */
  hostname: string | null;
}

/** Where the request enters Gateway API routing: a Gateway listener (north-south) or a Service (GAMMA). */
export type GatewayApiParent =
  | { kind: 'Gateway'; gateway: Resource; listener: ListenerInfo }
  | { kind: 'Service'; service: ServiceInfo; port: ServicePortInfo };

/** An HTTPRoute attached to the parent through one of its parentRefs. */
export interface AttachedRoute {
  route: Resource;
  parentRefIndex: number;
  /** Hostnames the route answers on this parent (route ∩ listener); empty means any hostname. */
  hostnames: string[];
}

export type PathMatchType = 'Exact' | 'PathPrefix' | 'RegularExpression';

/** One (route, rule, match) triple: the unit Gateway API precedence orders. */
export interface Candidate {
  route: Resource;
  /** Position of the route after ordering by creation time, then namespace/name. */
  routeOrder: number;
  ruleIndex: number;
  /** null when the rule has no matches (the default match: PathPrefix /). */
  matchIndex: number | null;
  match: JsonObject;
  fieldPath: string;
  pathType: PathMatchType;
  pathValue: string;
  method: string | null;
  headerCount: number;
  queryParamCount: number;
}

export interface GatewayApiContext {
  index: MeshIndex;
  request: RouteRequest;
  view: RequestView;
  /** Request host without `:port`, lower-cased. */
  hostname: string;
  port: number;
  sourceNamespace: string;
  steps: RouteStep[];
}

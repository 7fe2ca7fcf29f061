// What the sidecar or gateway decided for an L4 connection, before it becomes a RoutePath.
import type { VirtualServiceInfo } from '../../index/types.js';
import { isExportedTo } from '../../hosts.js';
import type { EnvoyFailure } from '../context.js';
import type { RouteDestination, RouteOutcome, RouteStep } from '../types.js';
import type { L4RouteChoice } from './l4-route-match.js';

export interface L4Decision {
  listener: string | null;
  failure: EnvoyFailure | null;
  outcome: RouteOutcome;
  /** A clause for the summary. */
  cause: string;
  choice: L4RouteChoice | null;
  destinations: RouteDestination[];
  /** The single upstream cluster (PassthroughCluster / BlackHoleCluster included), null when weighted or none. */
  cluster: string | null;
  steps: RouteStep[];
}

/** R2.6.1-style config order: oldest first, then namespace, then name. */
export function inConfigOrder(virtualServices: readonly VirtualServiceInfo[]): VirtualServiceInfo[] {
  return [...virtualServices].sort((a, b) => (a.creationTimestamp ?? '').localeCompare(b.creationTimestamp ?? '') || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}

export function visibleFrom(virtualService: VirtualServiceInfo, namespace: string): boolean {
  return isExportedTo(virtualService.exportTo, virtualService.namespace, namespace);
}

/** ROUTED unless every destination failed the same way. */
export function outcomeOf(destinations: RouteDestination[]): RouteOutcome {
  if (destinations.length === 0) return 'CLUSTER_NOT_FOUND';
  if (destinations.every((d) => d.status === 'CLUSTER_NOT_FOUND')) return 'CLUSTER_NOT_FOUND';
  if (destinations.every((d) => d.status === 'NO_HEALTHY_UPSTREAM')) return 'NO_HEALTHY_UPSTREAM';
  return 'ROUTED';
}

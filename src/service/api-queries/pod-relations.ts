import type { MeshIndex, PodInfo, ServiceInfo, VirtualServiceInfo } from '../../mesh/index/types.js';
import { refOf, type Resource } from '../../mesh/model.js';
import { reverseLookups } from '../../mesh/relationships/index.js';
import { destinationsToService } from './destinations-to-service.js';
import { distinct } from './service-relations.js';
import { inSetOrder } from './set-order.js';

/**
 * VirtualServices with a destination that can reach this Pod (subset applied). A destination reaches pods only
 * through its Service, so only the destinations to the Services that may have this pod as an endpoint are resolved.
 */
export function podVirtualServices(index: MeshIndex, pod: PodInfo): VirtualServiceInfo[] {
  const reaching = reverseLookups(index).servicesOfPod(pod).flatMap((service) => destinationsToService(index, service)).filter((d) => d.pods.includes(pod));
  return inSetOrder(index.virtualServices, reaching.map((d) => d.virtualService));
}

/** The Pods of a workload resource; a bare Pod resource is its own only Pod. */
export function workloadPods(index: MeshIndex, resource: Resource): PodInfo[] {
  if (resource.kind === 'Pod') return index.pods.filter((p) => p.resource === resource);
  return index.podsOfWorkload(refOf(resource));
}

export function servicesOfPods(index: MeshIndex, pods: readonly PodInfo[]): ServiceInfo[] {
  return distinct(pods.flatMap((pod) => index.servicesSelecting(pod)));
}

import type { MeshIndex, PodInfo, ServiceInfo, VirtualServiceInfo } from '../../mesh/index/types.js';
import { refOf, type Resource } from '../../mesh/model.js';
import { podVirtualServiceDestinations } from '../../mesh/relationships/index.js';
import { distinct } from './service-relations.js';

/** VirtualServices with a destination that can reach this Pod (subset applied). */
export function podVirtualServices(index: MeshIndex, pod: PodInfo): VirtualServiceInfo[] {
  return distinct(podVirtualServiceDestinations(index, pod).map((d) => d.virtualService));
}

/** The Pods of a workload resource; a bare Pod resource is its own only Pod. */
export function workloadPods(index: MeshIndex, resource: Resource): PodInfo[] {
  if (resource.kind === 'Pod') return index.pods.filter((p) => p.resource === resource);
  return index.podsOfWorkload(refOf(resource));
}

export function servicesOfPods(index: MeshIndex, pods: readonly PodInfo[]): ServiceInfo[] {
  return distinct(pods.flatMap((pod) => index.servicesSelecting(pod)));
}

// Pod -> the Services that select it (R6.1.1), and the VirtualService destinations that can reach it.
import type { MeshIndex, PodInfo, ServiceInfo } from '../index/types.js';
import { allVirtualServiceDestinations } from './virtual-service-destinations-relation.js';
import type { VirtualServiceDestination } from './virtual-service-destinations.js';

export function podServices(index: MeshIndex, pod: PodInfo): ServiceInfo[] {
  return index.servicesSelecting(pod);
}

/** Destinations (as seen from each VirtualService's namespace) whose pods include this pod. */
export function podVirtualServiceDestinations(index: MeshIndex, pod: PodInfo): VirtualServiceDestination[] {
  return allVirtualServiceDestinations(index).filter((d) => d.pods.includes(pod));
}

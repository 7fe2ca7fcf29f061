// Small reverse maps for edgesTo, built lazily once per MeshIndex: who names a host, which Services point at a pod.
import { isWildcardHost, resolveShortName } from '../hosts.js';
import type { MeshIndex, PodInfo, ServiceInfo, VirtualServiceInfo } from '../index/types.js';
import { labelsContain, lookups } from './index-lookups.js';
import { servicePods } from './service-pods.js';
import { destinationHostsWritten } from './virtual-service-destinations.js';

export interface ReverseLookups {
  /** VirtualServices with this exact (expanded) host in spec.hosts. */
  virtualServicesWithHost(host: string): readonly VirtualServiceInfo[];
  /** Every expanded non-wildcard spec.hosts entry of the set. */
  virtualServiceHosts(): Iterable<string>;
  /** VirtualServices with a wildcard host. */
  wildcardVirtualServices(): readonly VirtualServiceInfo[];
  /** VirtualServices with a route or mirror destination to this (expanded) host. */
  virtualServicesRoutingTo(host: string): readonly VirtualServiceInfo[];
  destinationHosts(): Iterable<string>;
  /** ExternalName Services whose externalName is this Service (R5.4.2). */
  aliasesOf(service: ServiceInfo): readonly ServiceInfo[];
  /** Services that may have this pod as an endpoint: selector match in its namespace, or listed in Endpoints/EndpointSlices. */
  servicesOfPod(pod: PodInfo): ServiceInfo[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

interface Built {
  hosts?: Map<string, VirtualServiceInfo[]>;
  wildcards?: VirtualServiceInfo[];
  destinations?: Map<string, VirtualServiceInfo[]>;
  aliases?: Map<ServiceInfo, ServiceInfo[]>;
  endpointPods?: Map<PodInfo, ServiceInfo[]>;
}

function virtualServiceHostMaps(index: MeshIndex, built: Built): { hosts: Map<string, VirtualServiceInfo[]>; wildcards: VirtualServiceInfo[] } {
  if (!built.hosts || !built.wildcards) {
    built.hosts = new Map();
    built.wildcards = [];
    for (const v of index.virtualServices) {
      for (const h of v.hosts) {
        if (isWildcardHost(h.fqdn)) { if (built.wildcards.at(-1) !== v) built.wildcards.push(v); } else add(built.hosts, h.fqdn, v);
      }
    }
  }
  return { hosts: built.hosts, wildcards: built.wildcards };
}

function destinationMap(index: MeshIndex, built: Built): Map<string, VirtualServiceInfo[]> {
  if (!built.destinations) {
    built.destinations = new Map();
    for (const v of index.virtualServices) {
      for (const host of destinationHostsWritten(v)) add(built.destinations, resolveShortName(host, v.namespace, index.domainSuffix), v);
    }
  }
  return built.destinations;
}

function aliasMap(index: MeshIndex, built: Built): Map<ServiceInfo, ServiceInfo[]> {
  if (!built.aliases) {
    built.aliases = new Map();
    for (const s of index.services) {
      const concrete = s.type === 'ExternalName' && s.externalName ? index.serviceByFqdn(s.externalName) : undefined;
      if (concrete) add(built.aliases, concrete, s);
    }
  }
  return built.aliases;
}

function endpointPodMap(index: MeshIndex, built: Built): Map<PodInfo, ServiceInfo[]> {
  if (!built.endpointPods) {
    built.endpointPods = new Map();
    for (const s of index.services) {
      if (s.selector || s.type === 'ExternalName') continue;
      for (const pod of servicePods(index, s).pods) add(built.endpointPods, pod, s);
    }
  }
  return built.endpointPods;
}

const cache = new WeakMap<MeshIndex, ReverseLookups>();

export function reverseLookups(index: MeshIndex): ReverseLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const built: Built = {};
  const made: ReverseLookups = {
    virtualServicesWithHost: (host) => virtualServiceHostMaps(index, built).hosts.get(host) ?? EMPTY,
    virtualServiceHosts: () => virtualServiceHostMaps(index, built).hosts.keys(),
    wildcardVirtualServices: () => virtualServiceHostMaps(index, built).wildcards,
    virtualServicesRoutingTo: (host) => destinationMap(index, built).get(host) ?? EMPTY,
    destinationHosts: () => destinationMap(index, built).keys(),
    aliasesOf: (service) => aliasMap(index, built).get(service) ?? EMPTY,
    servicesOfPod(pod) {
      const selecting = lookups(index).servicesIn(pod.namespace).filter((s) => s.selector !== null && labelsContain(pod.labels, s.selector));
      return [...selecting, ...(endpointPodMap(index, built).get(pod) ?? EMPTY)];
    },
  };
  cache.set(index, made);
  return made;
}

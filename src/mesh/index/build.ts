// buildMeshIndex: one revision's resources -> the MeshIndex contract of types.ts (pure, built once).
import { DEFAULT_DOMAIN_SUFFIX, isIstioNetworking, resourceKey, type Resource, type ResourceRef } from '../model.js';
import type { BuildOptions, MeshIndex, PodInfo, ServiceInfo } from './types.js';
import { createResourceStore } from './resource-store.js';
import { collectPods } from './workloads.js';
import { createLabelIndex } from './label-index.js';
import { readService } from './services.js';
import { collectSlices } from './endpoint-slices.js';
import { endpointsOf, type EndpointSources } from './endpoints.js';
import { createServiceEntryHostIndex, readServiceEntry } from './service-entries.js';
import { readVirtualService } from './virtual-services.js';
import { readDestinationRule } from './destination-rules.js';
import { readGateway } from './gateways.js';
import { readSidecar } from './sidecars.js';
import { createCite } from './cite.js';

function keyed<T extends { namespace: string; name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(`${item.namespace}/${item.name}`)) map.set(`${item.namespace}/${item.name}`, item);
  return map;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  }
  return map;
}

export function buildMeshIndex(resources: readonly Resource[], options: BuildOptions = {}): MeshIndex {
  const suffix = options.domainSuffix ?? DEFAULT_DOMAIN_SUFFIX;
  const store = createResourceStore(resources);
  const pods = collectPods(store);
  const labels = createLabelIndex(pods);
  const podsByName = keyed(pods);
  const podsByWorkload = groupBy(pods, (p) => resourceKey(p.workload));
  const services = store.byKind('Service').map((r) => readService(r, suffix));
  const servicesByName = keyed(services);
  const servicesByFqdn = new Map<string, ServiceInfo>();
  for (const s of services) if (!servicesByFqdn.has(s.fqdn)) servicesByFqdn.set(s.fqdn, s);
  const slices = collectSlices(store.byKind('EndpointSlice'), store.byKind('Endpoints'));
  const selectedPods = new Map<ServiceInfo, PodInfo[]>();
  const sources: EndpointSources = {
    selectedPods(service) {
      let found = selectedPods.get(service);
      if (!found) selectedPods.set(service, (found = service.selector ? labels.podsMatching(service.namespace, service.selector) : []));
      return found;
    },
    slicesOf: (service) => slices.get(`${service.namespace}/${service.name}`) ?? [],
    podByName: (namespace, name) => podsByName.get(`${namespace}/${name}`),
  };
  let servicesByPod: Map<PodInfo, ServiceInfo[]> | undefined;
  const servicesSelecting = (pod: PodInfo): ServiceInfo[] => {
    if (!servicesByPod) {
      servicesByPod = new Map();
      for (const s of services) for (const p of sources.selectedPods(s)) (servicesByPod.get(p) ?? servicesByPod.set(p, []).get(p)!).push(s);
    }
    return [...(servicesByPod.get(pod) ?? [])];
  };
  // Istio kinds only from networking.istio.io: a gateway.networking.k8s.io Gateway is not an Istio Gateway.
  const istio = (kind: string) => store.byKind(kind).filter(isIstioNetworking);
  const serviceEntries = istio('ServiceEntry').map(readServiceEntry);
  const virtualServices = istio('VirtualService').map((r) => readVirtualService(r, suffix));
  const virtualServicesByName = keyed(virtualServices);
  const gateways = istio('Gateway').map(readGateway);
  const gatewaysByName = keyed(gateways);
  return {
    resources, get: store.get, byKind: store.byKind, inNamespace: store.inNamespace, namespaces: store.namespaces,
    domainSuffix: suffix,
    pods,
    pod: sources.podByName,
    podsMatching: labels.podsMatching,
    podsOfWorkload: (workload: ResourceRef) => [...(podsByWorkload.get(resourceKey(workload)) ?? [])],
    services,
    service: (namespace, name) => servicesByName.get(`${namespace}/${name}`),
    serviceByFqdn: (fqdn) => servicesByFqdn.get(fqdn.toLowerCase()),
    servicesSelecting,
    endpoints: (service, port) => endpointsOf(service, port, sources),
    serviceEntries,
    serviceEntriesForHost: createServiceEntryHostIndex(serviceEntries),
    virtualServices,
    virtualService: (namespace, name) => virtualServicesByName.get(`${namespace}/${name}`),
    destinationRules: istio('DestinationRule').map((r) => readDestinationRule(r, suffix)),
    gateways,
    gateway: (namespace, name) => gatewaysByName.get(`${namespace}/${name}`),
    sidecars: istio('Sidecar').map(readSidecar),
    cite: createCite(options.locate),
  };
}

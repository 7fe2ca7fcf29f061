// Istio's service registry as the routing stages see it: Kubernetes Services and ServiceEntry hosts, one
// entry per hostname, ExternalName Services folded into the Service they alias (R5.4.2).
import { asArray, asObject, asString, getIn, type Resource } from '../model.js';
import { isExportedTo } from '../hosts.js';
import type { MeshIndex, ProtocolDecision, ServiceEntryInfo, ServiceInfo, ServicePortInfo } from '../index/types.js';

export interface RegistryPort {
  number: number;
  name: string | null;
  protocol: ProtocolDecision;
  servicePort: ServicePortInfo | null;
  /** Field path of the port in the resource, e.g. `spec.ports[0]`. */
  fieldPath: string;
}

export interface RegistryService {
  hostname: string;
  namespace: string;
  kind: 'Service' | 'ServiceEntry';
  resource: Resource;
  service: ServiceInfo | null;
  serviceEntry: ServiceEntryInfo | null;
  ports: RegistryPort[];
  /** ClusterIP or ServiceEntry addresses: the VIPs a client dials. */
  addresses: string[];
  headless: boolean;
  exportTo: string[];
  /** ExternalName Services whose externalName is this hostname (R5.4.2). */
  aliases: ServiceInfo[];
  /** ExternalName Service whose target is not in the registry (R5.4.2 UNVERIFIED). */
  externalName: string | null;
}

export interface Registry {
  readonly all: readonly RegistryService[];
  byHostname(hostname: string): readonly RegistryService[];
  /** The concrete entry an ExternalName alias hostname stands for. */
  aliasTarget(hostname: string): RegistryService | undefined;
}

function servicePorts(service: ServiceInfo): RegistryPort[] {
  return service.ports.map((p) => ({ number: p.port, name: p.name, protocol: p.istio, servicePort: p, fieldPath: `spec.ports[${p.index}]` }));
}

function fromService(service: ServiceInfo): RegistryService {
  return {
    hostname: service.fqdn, namespace: service.namespace, kind: 'Service', resource: service.resource, service, serviceEntry: null,
    ports: servicePorts(service), addresses: service.clusterIP && !service.headless ? [service.clusterIP] : [],
    headless: service.headless, exportTo: service.exportTo, aliases: [], externalName: service.type === 'ExternalName' ? service.externalName : null,
  };
}

function fromServiceEntry(entry: ServiceEntryInfo): RegistryService[] {
  const addresses = asArray(getIn(entry.resource.object, 'spec', 'addresses')).filter((a): a is string => typeof a === 'string');
  const ports = entry.ports.map((p, i) => ({ number: p.number, name: p.name, protocol: p.istio, servicePort: null, fieldPath: `spec.ports[${i}]` }));
  return [...new Set(entry.hosts)].map((hostname) => ({
    hostname, namespace: entry.namespace, kind: 'ServiceEntry' as const, resource: entry.resource, service: null, serviceEntry: entry,
    ports, addresses, headless: addresses.length === 0, exportTo: entry.exportTo, aliases: [], externalName: null,
  }));
}

const cache = new WeakMap<MeshIndex, Registry>();

export function registryOf(index: MeshIndex): Registry {
  const cached = cache.get(index);
  if (cached) return cached;
  const entries: RegistryService[] = [];
  const externalNames: ServiceInfo[] = [];
  for (const s of index.services) {
    if (s.type === 'ExternalName') externalNames.push(s);
    else entries.push(fromService(s));
  }
  for (const e of index.serviceEntries) entries.push(...fromServiceEntry(e));
  const byHostname = new Map<string, RegistryService[]>();
  for (const e of entries) (byHostname.get(e.hostname) ?? byHostname.set(e.hostname, []).get(e.hostname)!).push(e);
  const aliases = new Map<string, RegistryService>();
  for (const alias of externalNames) {
    const target = (byHostname.get((alias.externalName ?? '').toLowerCase()) ?? [])[0];
    if (target) {
      target.aliases.push(alias);
      aliases.set(alias.fqdn, target);
    } else {
      const own = fromService(alias);
      entries.push(own);
      (byHostname.get(own.hostname) ?? byHostname.set(own.hostname, []).get(own.hostname)!).push(own);
    }
  }
  const registry: Registry = { all: entries, byHostname: (h) => byHostname.get(h.toLowerCase()) ?? [], aliasTarget: (h) => aliases.get(h.toLowerCase()) };
  cache.set(index, registry);
  return registry;
}

export function portOf(service: RegistryService, number: number): RegistryPort | undefined {
  return service.ports.find((p) => p.number === number);
}

export function isVisibleFrom(service: RegistryService, namespace: string): boolean {
  return isExportedTo(service.exportTo, service.namespace, namespace);
}

/** ServiceEntry `spec.endpoints[].address` values (static endpoints). */
export function serviceEntryAddresses(entry: ServiceEntryInfo): string[] {
  return asArray(getIn(entry.resource.object, 'spec', 'endpoints')).flatMap((e) => {
    const address = asString(asObject(e)?.address);
    return address ? [address] : [];
  });
}

// What a proxy can see: registry services exported to its namespace and imported by its Sidecar
// (R2.3.4, R2.4.2, R2.4.4, R2.4.5), and the VirtualServices bound to it and exported to it (R2.1, R2.3, R2.6.1).
import type { VirtualServiceInfo } from '../index/types.js';
import { isExportedTo } from '../hosts.js';
import { isServiceImported, isVirtualServiceImported, type SidecarScope } from '../relationships/sidecar-for.js';
import type { Proxy } from './context.js';
import { isVisibleFrom, type Registry, type RegistryService } from './registry.js';
import { orderCreationSorted, orderVirtualServices } from './virtual-service-order.js';

export interface Exclusion<T> {
  item: T;
  reason: string;
  field: string | null;
  rules: string[];
}

export interface Scope {
  services: RegistryService[];
  hiddenServices: Exclusion<RegistryService>[];
  /** Candidates for this proxy in R2.6.1 order (sidecar: bound to mesh; gateway: bound to one of its Gateways). */
  virtualServices: VirtualServiceInfo[];
  excludedVirtualServices: Exclusion<VirtualServiceInfo>[];
}

function sidecarScope(proxy: Proxy): SidecarScope {
  return { namespace: proxy.namespace, sidecar: proxy.sidecar, reason: '' };
}

/** R2.4.5: one entry per hostname: own namespace first, then a Kubernetes Service over a ServiceEntry, then the first. */
function pickPerHostname(services: RegistryService[], namespace: string): RegistryService[] {
  const byHost = new Map<string, RegistryService[]>();
  for (const s of services) (byHost.get(s.hostname) ?? byHost.set(s.hostname, []).get(s.hostname)!).push(s);
  if (byHost.size === services.length) return services;
  return [...byHost.values()].map((group) => group.find((s) => s.namespace === namespace) ?? group.find((s) => s.kind === 'Service') ?? group[0]);
}

function servicesFor(registry: Registry, proxy: Proxy): Pick<Scope, 'services' | 'hiddenServices'> {
  const visible: RegistryService[] = [];
  const hiddenServices: Exclusion<RegistryService>[] = [];
  for (const s of registry.all) {
    if (!isVisibleFrom(s, proxy.namespace)) {
      hiddenServices.push({ item: s, reason: `${s.hostname} is not exported to namespace ${proxy.namespace} (exportTo ${JSON.stringify(s.exportTo)})`, field: s.kind === 'Service' ? 'metadata.annotations' : 'spec.exportTo', rules: ['R2.3.4'] });
      continue;
    }
    if (proxy.kind === 'sidecar' && proxy.sidecar) {
      const decision = isServiceImported(sidecarScope(proxy), s.namespace, s.hostname);
      if (!decision.imported) {
        hiddenServices.push({ item: s, reason: decision.reason, field: decision.fieldPath, rules: ['R2.4.2', 'R2.4.3'] });
        continue;
      }
    }
    visible.push(s);
  }
  return { services: pickPerHostname(visible, proxy.namespace), hiddenServices };
}

function exclusionFor(vs: VirtualServiceInfo, proxy: Proxy): Exclusion<VirtualServiceInfo> | null {
  const keys = vs.gateways.map((g) => g.normalized);
  const wanted = proxy.kind === 'sidecar' ? ['mesh'] : proxy.gateways.map((g) => g.key);
  if (!keys.some((k) => wanted.includes(k))) {
    const reason = proxy.kind === 'sidecar'
      ? `VirtualService ${vs.namespace}/${vs.name} is bound to ${keys.join(', ')} and not to mesh, so sidecars ignore it`
      : `VirtualService ${vs.namespace}/${vs.name} is bound to ${keys.join(', ')}, not to ${wanted.join(' or ')}`;
    return { item: vs, reason, field: vs.gatewaysDefaulted ? null : 'spec.gateways', rules: ['R2.1.1', 'R2.1.2', 'R7.5.1'] };
  }
  if (!isExportedTo(vs.exportTo, vs.namespace, proxy.namespace)) {
    return { item: vs, reason: `VirtualService ${vs.namespace}/${vs.name} is not exported to namespace ${proxy.namespace}, where the ${proxy.kind} proxy runs (exportTo ${JSON.stringify(vs.exportTo)})`, field: 'spec.exportTo', rules: proxy.kind === 'sidecar' ? ['R2.3.2'] : ['R2.3.3'] };
  }
  if (proxy.kind === 'sidecar' && proxy.sidecar) {
    const decision = isVirtualServiceImported(sidecarScope(proxy), vs);
    if (!decision.imported) return { item: vs, reason: decision.reason, field: null, rules: ['R2.4.2'] };
  }
  return null;
}

function ordered(candidates: VirtualServiceInfo[], namespace: string, creationOrder?: readonly VirtualServiceInfo[]): VirtualServiceInfo[] {
  if (!creationOrder) return orderVirtualServices(candidates, namespace);
  const kept = new Set(candidates);
  return orderCreationSorted(creationOrder.filter((vs) => kept.has(vs)), namespace);
}

/** `creationOrder`: the same VirtualServices already sorted by compareByCreation (stable), to skip that sort. */
export function scopeOf(registry: Registry, virtualServices: readonly VirtualServiceInfo[], proxy: Proxy, creationOrder?: readonly VirtualServiceInfo[]): Scope {
  const candidates: VirtualServiceInfo[] = [];
  const excludedVirtualServices: Exclusion<VirtualServiceInfo>[] = [];
  for (const vs of virtualServices) {
    if (vs.isDelegate) continue;
    const excluded = exclusionFor(vs, proxy);
    if (excluded) excludedVirtualServices.push(excluded);
    else candidates.push(vs);
  }
  return { ...servicesFor(registry, proxy), virtualServices: ordered(candidates, proxy.namespace, creationOrder), excludedVirtualServices };
}


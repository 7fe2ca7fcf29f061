// Scopes and their positions do not depend on the request: memoized per index and proxy scope.
import type { MeshIndex, SidecarInfo, VirtualServiceInfo } from '../index/types.js';
import { compareByCreation } from '../relationships/index-lookups.js';
import type { Proxy } from './context.js';
import { coveringPatterns } from './host-tables.js';
import { registryOf, type RegistryService } from './registry.js';
import { scopeOf, type Scope } from './scope.js';

const creationOrders = new WeakMap<MeshIndex, VirtualServiceInfo[]>();

/** The index's VirtualServices sorted by compareByCreation (stable: ties keep index order). */
function creationOrder(index: MeshIndex): VirtualServiceInfo[] {
  let sorted = creationOrders.get(index);
  if (!sorted) creationOrders.set(index, sorted = [...index.virtualServices].sort(compareByCreation));
  return sorted;
}

const scopes = new WeakMap<MeshIndex, Map<string, Map<SidecarInfo | null, Scope>>>();

/**
 * scopeOf for the index's registry and VirtualServices, memoized per index and proxy scope: a sidecar's
 * namespace and Sidecar resource, or a gateway proxy's namespace and Gateways (nothing else is read).
 */
export function scopeFor(index: MeshIndex, proxy: Proxy): Scope {
  let byKey = scopes.get(index);
  if (!byKey) scopes.set(index, byKey = new Map());
  const key = `${proxy.kind}|${proxy.namespace}|${proxy.kind === 'gateway' ? proxy.gateways.map((g) => g.key).join(',') : ''}`;
  let bySidecar = byKey.get(key);
  if (!bySidecar) byKey.set(key, bySidecar = new Map());
  const sidecar = proxy.kind === 'sidecar' ? proxy.sidecar : null;
  let scope = bySidecar.get(sidecar);
  if (!scope) bySidecar.set(sidecar, scope = scopeOf(registryOf(index), index.virtualServices, proxy, creationOrder(index)));
  return scope;
}

const positions = new WeakMap<Scope, { virtualServices: Map<VirtualServiceInfo, number>; services: Map<RegistryService, number> }>();

/** Where each VirtualService (R2.6.1 order) and each service stands in the scope; absent: not in scope. */
export function scopePositions(scope: Scope): { virtualServices: ReadonlyMap<VirtualServiceInfo, number>; services: ReadonlyMap<RegistryService, number> } {
  let found = positions.get(scope);
  if (!found) {
    found = { virtualServices: new Map(scope.virtualServices.map((vs, i) => [vs, i])), services: new Map(scope.services.map((s, i) => [s, i])) };
    positions.set(scope, found);
  }
  return found;
}

const excludedHosts = new WeakMap<Scope, Map<string, number[]>>();

/**
 * Positions in `scope.excludedVirtualServices` of those with a host covering one of `names` (R1.5.1), in
 * order: looked up by the patterns that can cover each name instead of scanning every excluded one.
 */
export function excludedCovering(scope: Scope, names: readonly string[]): number[] {
  let byHost = excludedHosts.get(scope);
  if (!byHost) {
    byHost = new Map();
    scope.excludedVirtualServices.forEach((e, i) => {
      for (const h of e.item.hosts) {
        const key = h.fqdn.toLowerCase();
        const list = byHost!.get(key);
        if (!list) byHost!.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    excludedHosts.set(scope, byHost);
  }
  const found = new Set<number>();
  for (const name of names) for (const pattern of coveringPatterns(name)) for (const i of byHost.get(pattern) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

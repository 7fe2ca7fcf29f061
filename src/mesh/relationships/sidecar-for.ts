// Which Sidecar resource scopes a client (R2.4.1) and what it imports (R2.4.2). Gateways ignore Sidecars (R2.4.4):
// callers simulating a gateway proxy should not call these.
import { ISTIO_ROOT_NAMESPACE, type Labels } from '../model.js';
import { hostMatches, hostsOverlap } from '../hosts.js';
import type { MeshIndex, SidecarInfo, VirtualServiceInfo } from '../index/types.js';
import { labelsContain, lookups } from './index-lookups.js';

export interface SidecarScope {
  /** The client namespace the scope was computed for. */
  namespace: string;
  /** null: no Sidecar applies, the implicit one imports every namespace and host. */
  sidecar: SidecarInfo | null;
  reason: string;
}

export interface ImportDecision {
  imported: boolean;
  reason: string;
  /** The egress host entry that decided, e.g. `spec.egress[0].hosts[1]`, or null. */
  fieldPath: string | null;
}

export function sidecarFor(index: MeshIndex, namespace: string, labels: Labels): SidecarScope {
  const own = lookups(index).sidecarsIn(namespace); // oldest first
  const selected = own.find((s) => s.workloadSelector !== null && labelsContain(labels, s.workloadSelector));
  if (selected) return { namespace, sidecar: selected, reason: `Sidecar ${namespace}/${selected.name} selects the client by its workloadSelector (R2.4.1)` };
  const namespaceWide = own.find((s) => s.workloadSelector === null);
  if (namespaceWide) return { namespace, sidecar: namespaceWide, reason: `Sidecar ${namespace}/${namespaceWide.name} has no workloadSelector and applies to the whole namespace (R2.4.1)` };
  const root = lookups(index).sidecarsIn(ISTIO_ROOT_NAMESPACE).find((s) => s.workloadSelector === null);
  if (root) return { namespace, sidecar: root, reason: `Sidecar ${ISTIO_ROOT_NAMESPACE}/${root.name} in the root namespace is the mesh-wide default (R2.4.1)` };
  return { namespace, sidecar: null, reason: 'no Sidecar applies: the implicit default imports every namespace and host (*/*) (R2.4.1)' };
}

type EgressHost = SidecarInfo['egressHosts'][number];

/** R2.4.2: `~ns/...` excludes (bare `~`: any namespace); `*` is any namespace; `.` was resolved at build. */
function namespaceOf(entry: EgressHost): { exclude: boolean; covers: (ns: string) => boolean } {
  const exclude = entry.namespace.startsWith('~');
  const ns = exclude ? entry.namespace.slice(1) : entry.namespace;
  return { exclude, covers: (target) => ns === '*' || ns === '' || ns === target };
}

function decide(scope: SidecarScope, namespace: string, hosts: string[], matches: (pattern: string, host: string) => boolean, what: string): ImportDecision {
  if (!scope.sidecar) return { imported: true, reason: `${what} is imported: no Sidecar applies (implicit */*, R2.4.1)`, fieldPath: null };
  const name = `Sidecar ${scope.sidecar.namespace}/${scope.sidecar.name}`;
  let included: EgressHost | undefined;
  for (const entry of scope.sidecar.egressHosts) {
    const ns = namespaceOf(entry);
    if (!ns.covers(namespace) || !hosts.some((h) => matches(entry.dnsName, h))) continue;
    if (ns.exclude) return { imported: false, reason: `${what} is excluded by egress host "${entry.raw}" of ${name} (R2.4.2)`, fieldPath: entry.fieldPath };
    included ??= entry;
  }
  if (included) return { imported: true, reason: `${what} is imported by egress host "${included.raw}" of ${name} (R2.4.2)`, fieldPath: included.fieldPath };
  return { imported: false, reason: `${what} is not imported: no egress host of ${name} lists it for namespace ${namespace} (R2.4.2)`, fieldPath: scope.sidecar.egressHosts.length > 0 ? 'spec.egress' : null };
}

/** R2.4.2: a Service (or ServiceEntry host) is imported when its hostname matches a dnsName listed for its namespace or `*`. */
export function isServiceImported(scope: SidecarScope, serviceNamespace: string, hostname: string): ImportDecision {
  return decide(scope, serviceNamespace, [hostname.toLowerCase()], hostMatches, `${hostname} (namespace ${serviceNamespace})`);
}

/** R2.4.2: a VirtualService is imported when one of its hosts overlaps a dnsName listed for its namespace or `*`. */
export function isVirtualServiceImported(scope: SidecarScope, virtualService: VirtualServiceInfo): ImportDecision {
  return decide(scope, virtualService.namespace, virtualService.hosts.map((h) => h.fqdn), hostsOverlap, `VirtualService ${virtualService.namespace}/${virtualService.name}`);
}

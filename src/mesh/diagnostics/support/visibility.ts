// Which registry entry a host names, as seen from the namespaces a VirtualService is exported to (R2.3, R5.1.2).
import { isExportedTo } from '../../hosts.js';
import type { MeshIndex, ServiceEntryInfo, ServiceInfo, VirtualServiceInfo } from '../../index/types.js';

/**
 * Namespaces whose proxies may use the VirtualService, for reference checks: its exportTo list, with `*` and `.`
 * read as its own namespace (as istioctl analyze does), `~` as nobody.
 */
export function viewerNamespaces(virtualService: Pick<VirtualServiceInfo, 'namespace' | 'exportTo'>): string[] {
  const out = new Set<string>();
  const exportTo = virtualService.exportTo.length > 0 ? virtualService.exportTo : ['*'];
  for (const e of exportTo) {
    if (e === '~') continue;
    out.add(e === '*' || e === '.' ? virtualService.namespace : e);
  }
  return [...out];
}

export interface HostLookup {
  service: ServiceInfo | null;
  serviceEntry: ServiceEntryInfo | null;
  /** Exists, but is exported to none of the viewers. */
  hidden: ServiceInfo | ServiceEntryInfo | null;
}

/** R5.1.2/R5.1.3: Kubernetes Service first, then ServiceEntries (exact or wildcard host). */
function visibleTo(exportTo: readonly string[], namespace: string, viewers: readonly string[]): boolean {
  for (const viewer of viewers) if (isExportedTo(exportTo, namespace, viewer)) return true;
  return false;
}

export function lookupHost(index: MeshIndex, host: string, viewers: readonly string[]): HostLookup {
  let hidden: ServiceInfo | ServiceEntryInfo | null = null;
  const service = index.serviceByFqdn(host);
  if (service) {
    if (visibleTo(service.exportTo, service.namespace, viewers)) return { service, serviceEntry: null, hidden: null };
    hidden = service;
  }
  for (const entry of index.serviceEntriesForHost(host)) {
    if (visibleTo(entry.exportTo, entry.namespace, viewers)) return { service: null, serviceEntry: entry, hidden: null };
    hidden ??= entry;
  }
  return { service: null, serviceEntry: null, hidden };
}

/** Port numbers of what the host resolved to. */
export function portsOf(lookup: HostLookup): number[] {
  if (lookup.service) return lookup.service.ports.map((p) => p.port);
  if (lookup.serviceEntry) return lookup.serviceEntry.ports.map((p) => p.number);
  return [];
}

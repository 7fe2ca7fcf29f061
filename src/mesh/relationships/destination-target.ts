// Resolves a destination host to the Service or ServiceEntries it names (R5.1.1-R5.1.3, R5.4.2).
import type { MeshIndex, ServiceEntryInfo, ServiceInfo } from '../index/types.js';

export interface DestinationTarget {
  service: ServiceInfo | null;
  /** The ExternalName Service the host named, when it was followed to the concrete Service (R5.4.2). */
  alias: ServiceInfo | null;
  serviceEntries: ServiceEntryInfo[];
  notes: string[];
}

export function destinationTarget(index: MeshIndex, host: string): DestinationTarget {
  const named = index.serviceByFqdn(host);
  if (named?.type === 'ExternalName') {
    const concrete = named.externalName ? index.serviceByFqdn(named.externalName) : undefined;
    if (concrete) return { service: concrete, alias: named, serviceEntries: [], notes: [`${host} is an ExternalName alias of ${concrete.fqdn}: traffic goes to that Service (R5.4.2)`] };
    return {
      service: named, alias: null, serviceEntries: index.serviceEntriesForHost(host),
      notes: [`${host} is an ExternalName Service pointing at ${named.externalName ?? '(nothing)'}, which is not in the set: behaviour UNVERIFIED (R5.4.2)`],
    };
  }
  if (named) return { service: named, alias: null, serviceEntries: [], notes: named.headless ? ['headless Service: sidecars forward to the pod IP the client dialled, subsets and weights do not pick the pod (R5.4.1, UNVERIFIED)'] : [] };
  return { service: null, alias: null, serviceEntries: index.serviceEntriesForHost(host), notes: [] };
}

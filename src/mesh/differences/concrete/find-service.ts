// Resolves the host the user asked about to a Service of the index (short name in `namespace`, `name.ns`, FQDN).
import type { MeshIndex, ServiceInfo } from '../../index/types.js';
import { resolveShortName } from '../../hosts.js';

export function findService(index: MeshIndex, host: string, namespace: string): ServiceInfo | undefined {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const byFqdn = index.serviceByFqdn(resolveShortName(h, namespace));
  if (byFqdn) return byFqdn;
  const parts = h.split('.');
  if (parts.length >= 2) return index.service(parts[1] ?? '', parts[0] ?? '');
  return undefined;
}

// R2.6.1: ascending creationTimestamp, ties broken by name, then namespace.
import type { VirtualServiceInfo } from '../../index/types.js';

export function compareVirtualServiceAge(a: VirtualServiceInfo, b: VirtualServiceInfo): number {
  const ta = a.creationTimestamp ?? '';
  const tb = b.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0;
}

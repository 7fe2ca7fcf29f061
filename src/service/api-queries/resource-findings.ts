import { runDiagnostics, type Finding } from '../../mesh/diagnostics/index.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import { resourceKey, type ResourceRef } from '../../mesh/model.js';

const cache = new WeakMap<MeshIndex, Map<string, Finding[]>>();

/** The findings about one resource; diagnostics run once per index, whatever the number of objects asked. */
export function findingsOf(index: MeshIndex, ref: ResourceRef): Finding[] {
  let byResource = cache.get(index);
  if (!byResource) {
    byResource = new Map();
    for (const finding of runDiagnostics(index)) {
      const key = resourceKey(finding.resource);
      byResource.set(key, [...(byResource.get(key) ?? []), finding]);
    }
    cache.set(index, byResource);
  }
  return byResource.get(resourceKey(ref)) ?? [];
}

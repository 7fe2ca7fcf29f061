import { AppError } from '../../errors.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import type { Resource } from '../../mesh/model.js';

export interface ObjectFilter { namespace?: string | null; name?: string | null }

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'] as const;

/** Objects in `namespace` and/or named `name` (each filter applies only when given). */
export function filterObjects<T extends { namespace: string | null; name: string }>(items: readonly T[], filter: ObjectFilter): T[] {
  return items.filter((item) =>
    (filter.namespace == null || item.namespace === filter.namespace) && (filter.name == null || item.name === filter.name));
}

/** Workload resources of the set, one kind or all four, in upload order per kind. */
export function listWorkloads(index: MeshIndex, filter: ObjectFilter & { kind?: string | null }): Resource[] {
  const wanted = filter.kind == null ? [...WORKLOAD_KINDS] : WORKLOAD_KINDS.filter((k) => k.toLowerCase() === filter.kind!.toLowerCase());
  if (wanted.length === 0) throw new AppError('BAD_INPUT', `kind: unknown workload kind "${filter.kind}"; expected one of ${WORKLOAD_KINDS.join(', ')}`);
  return wanted.flatMap((kind) => filterObjects(index.byKind(kind), filter));
}

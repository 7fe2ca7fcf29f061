import type { Labels } from '../model.js';
import type { MeshIndex } from '../index/types.js';

/** Labels of a Namespace object, plus `kubernetes.io/metadata.name`, which Kubernetes sets on every namespace. */
export function namespaceLabels(index: MeshIndex, namespace: string): Labels {
  const written = index.get('Namespace', null, namespace)?.labels ?? {};
  return { ...written, 'kubernetes.io/metadata.name': namespace };
}

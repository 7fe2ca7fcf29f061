// Workload (Deployment/StatefulSet/DaemonSet/ReplicaSet) -> the Pods its template implies (issue 3 §2).
import type { MeshIndex, PodInfo } from '../index/types.js';
import { citation, edge, podNode, resourceNode, type Relation, type RelationEdge } from './relation.js';

/** The owning workload resource of an implied pod; a bare Pod is its own workload. */
export function podWorkload(index: MeshIndex, pod: PodInfo) {
  return index.get(pod.workload.kind, pod.workload.namespace, pod.workload.name) ?? pod.resource;
}

export const podWorkloadRelation: Relation = Object.freeze({
  name: 'pod-workload',
  description: 'Workload -> the Pods implied by its template (replicas, StatefulSet names, one per node for a DaemonSet)',
  edges(index: MeshIndex): RelationEdge[] {
    return index.pods.filter((p) => p.implied).map((pod) => {
      const reason = pod.perNode ? 'DaemonSet: this pod stands for one pod per node' : null;
      return edge(resourceNode(pod.resource), podNode(pod), 'runs', 'OK', reason, citation(pod.resource, pod.templatePath));
    });
  },
});

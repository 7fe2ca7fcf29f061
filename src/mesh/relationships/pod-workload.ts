// Workload (Deployment/StatefulSet/DaemonSet/ReplicaSet) -> its Pods: those its template implies (issue 3 §2), or the
// real Pods of the set it owns (directly or through a ReplicaSet), which then replace the implied ones.
import { refOf, type Resource } from '../model.js';
import type { MeshIndex, PodInfo } from '../index/types.js';
import { WORKLOAD_KINDS } from '../index/workloads.js';
import { citation, edge, podNode, resourceNode, type Relation } from './relation.js';
import { defineRelation } from './define-relation.js';

/** The owning workload resource of a pod; a Pod owned by no workload of the set is its own workload. */
export function podWorkload(index: MeshIndex, pod: PodInfo): Resource {
  return index.get(pod.workload.kind, pod.workload.namespace, pod.workload.name) ?? pod.resource;
}

function ownerOf(index: MeshIndex, pod: PodInfo): Resource | undefined {
  const owner = podWorkload(index, pod);
  return owner === pod.resource && !pod.implied ? undefined : owner;
}

export const podWorkloadRelation: Relation = defineRelation<Resource>({
  name: 'pod-workload',
  description: 'Workload -> its Pods: the real Pods it owns, else those its template implies (replicas, StatefulSet names, one per node for a DaemonSet)',
  sources(index) {
    const owners = new Set<Resource>();
    for (const pod of index.pods) {
      const owner = ownerOf(index, pod);
      if (owner) owners.add(owner);
    }
    return [...owners];
  },
  sourceOf: (index, node) => (WORKLOAD_KINDS.includes(node.kind) ? index.get(node.kind, node.namespace, node.name) : undefined),
  edgesOf(index, owner) {
    return index.podsOfWorkload(refOf(owner)).map((pod) => {
      const reason = pod.perNode ? 'DaemonSet: this pod stands for one pod per node' : null;
      const cite = pod.implied ? citation(pod.resource, pod.templatePath) : citation(pod.resource, 'metadata.ownerReferences');
      return edge(resourceNode(owner), podNode(pod), 'runs', 'OK', reason, cite);
    });
  },
  candidates(index, node) {
    const pod = node.kind === 'Pod' && node.namespace ? index.pod(node.namespace, node.name) : undefined;
    const owner = pod ? ownerOf(index, pod) : undefined;
    return owner ? [owner] : [];
  },
});

// Pods of the set: bare Pods plus Pods implied by workload templates (issue 3 §2).
import { asArray, asObject, asString, asStringMap, getIn, refOf, type Resource } from '../model.js';
import type { ContainerPort, PodInfo } from './types.js';
import type { ResourceStore } from './resource-store.js';
import { bareReadiness, templateReadiness, type Readiness } from './pod-readiness.js';

export const WORKLOAD_KINDS = Object.freeze(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

export function containerPortsOf(podSpec: unknown): ContainerPort[] {
  const ports: ContainerPort[] = [];
  for (const key of ['containers', 'initContainers']) {
    for (const container of asArray(getIn(podSpec, key))) {
      for (const p of asArray(getIn(container, 'ports'))) {
        const o = asObject(p);
        const containerPort = Number(o?.containerPort);
        if (!o || !Number.isInteger(containerPort)) continue;
        ports.push({ name: asString(o.name) ?? null, containerPort, protocol: asString(o.protocol) ?? 'TCP' });
      }
    }
  }
  return ports;
}

function barePod(r: Resource): PodInfo {
  const readiness = bareReadiness(r);
  return {
    namespace: r.namespace ?? 'default', name: r.name, labels: r.labels,
    ip: asString(getIn(r.object, 'status', 'podIP')) ?? null,
    ...readinessFields(readiness),
    containerPorts: containerPortsOf(getIn(r.object, 'spec')),
    workload: refOf(r), implied: false, perNode: false, resource: r, templatePath: '',
  };
}

function readinessFields(r: Readiness): Pick<PodInfo, 'ready' | 'readinessAssumed' | 'readinessReason'> {
  return { ready: r.ready, readinessAssumed: r.assumed, readinessReason: r.reason };
}

function replicasOf(r: Resource): number {
  if (r.kind === 'DaemonSet') return 1;
  const raw = getIn(r.object, 'spec', 'replicas');
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : 1; // default 1
}

function impliedPodName(owner: Resource, i: number): string {
  return owner.kind === 'StatefulSet' ? `${owner.name}-${i}` : `${owner.name}-pod-${i}`;
}

function impliedPods(owner: Resource): PodInfo[] {
  const template = getIn(owner.object, 'spec', 'template');
  const labels = asStringMap(getIn(template, 'metadata', 'labels'));
  const containerPorts = containerPortsOf(getIn(template, 'spec'));
  const readiness = readinessFields(templateReadiness(owner));
  const pods: PodInfo[] = [];
  const count = replicasOf(owner);
  for (let i = 0; i < count; i++) {
    pods.push({
      namespace: owner.namespace ?? 'default', name: impliedPodName(owner, i), labels, ip: null, ...readiness,
      containerPorts, workload: refOf(owner), implied: true, perNode: owner.kind === 'DaemonSet',
      resource: owner, templatePath: 'spec.template',
    });
  }
  return pods;
}

function ownerOfSet(r: Resource, kinds: readonly string[], store: ResourceStore): Resource | undefined {
  for (const ref of asArray(getIn(r.object, 'metadata', 'ownerReferences'))) {
    const o = asObject(ref);
    const kind = asString(o?.kind);
    const name = asString(o?.name);
    if (!kind || !name || !kinds.includes(kind)) continue;
    const owner = store.get(kind, r.namespace, name);
    if (owner) return owner;
  }
  return undefined;
}

/** The workload of the set a resource belongs to: its owner, or the Deployment owning that ReplicaSet. */
function topOwner(r: Resource, store: ResourceStore): Resource | undefined {
  const owner = ownerOfSet(r, WORKLOAD_KINDS, store);
  if (owner?.kind !== 'ReplicaSet') return owner;
  return ownerOfSet(owner, ['Deployment'], store) ?? owner;
}

/**
 * Real Pods owned (directly or through a ReplicaSet) by a workload of the set belong to it, and that workload
 * implies no template pods: a `kubectl get all -o yaml` dump is not counted twice. A ReplicaSet owned by a
 * Deployment of the set is that Deployment's.
 */
export function collectPods(store: ResourceStore): PodInfo[] {
  const withRealPods = new Set<Resource>();
  const pods: PodInfo[] = store.byKind('Pod').map((r) => {
    const pod = barePod(r);
    const owner = topOwner(r, store);
    if (!owner) return pod;
    withRealPods.add(owner);
    return { ...pod, workload: refOf(owner) };
  });
  for (const kind of WORKLOAD_KINDS) {
    for (const owner of store.byKind(kind)) {
      if (withRealPods.has(owner)) continue;
      if (kind === 'ReplicaSet' && ownerOfSet(owner, ['Deployment'], store)) continue;
      pods.push(...impliedPods(owner));
    }
  }
  return pods;
}

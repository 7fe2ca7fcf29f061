// Inverted index `key=value` -> pods, per namespace; the mesh-wide one (null namespace) is built on first use.
import type { Labels } from '../model.js';
import type { PodInfo } from './types.js';

export interface LabelIndex {
  /**
   * Pods in `namespace` (any when null) whose labels contain every selector entry. An empty selector
   * matches every pod of the namespace: this is the raw primitive; a Kubernetes Service with an empty
   * selector selects nothing (R6.1.1) and the Service layer handles that.
   */
  podsMatching(namespace: string | null, selector: Labels): PodInfo[];
}

interface Scope { all: PodInfo[]; byLabel: Map<string, PodInfo[]> }

function addPod(scope: Scope, pod: PodInfo): void {
  scope.all.push(pod);
  for (const k in pod.labels) {
    const key = `${k}=${pod.labels[k]}`;
    const list = scope.byLabel.get(key);
    if (list) list.push(pod);
    else scope.byLabel.set(key, [pod]);
  }
}

function match(scope: Scope | undefined, selector: Labels): PodInfo[] {
  if (!scope) return [];
  const entries = Object.entries(selector);
  if (entries.length === 0) return [...scope.all];
  let smallest: PodInfo[] | undefined;
  for (const [k, v] of entries) {
    const list = scope.byLabel.get(`${k}=${v}`);
    if (!list) return [];
    if (!smallest || list.length < smallest.length) smallest = list;
  }
  return smallest!.filter((pod) => entries.every(([k, v]) => pod.labels[k] === v));
}

export function createLabelIndex(pods: readonly PodInfo[]): LabelIndex {
  const scopes = new Map<string, Scope>();
  for (const pod of pods) {
    let scope = scopes.get(pod.namespace);
    if (!scope) scopes.set(pod.namespace, (scope = { all: [], byLabel: new Map() }));
    addPod(scope, pod);
  }
  let meshWide: Scope | undefined;
  return {
    podsMatching(namespace, selector) {
      if (namespace !== null) return match(scopes.get(namespace), selector);
      if (!meshWide) {
        meshWide = { all: [], byLabel: new Map() };
        for (const pod of pods) addPod(meshWide, pod);
      }
      return match(meshWide, selector);
    },
  };
}

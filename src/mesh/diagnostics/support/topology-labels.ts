// R5.6.1: endpoint labels are the pod labels plus the topology labels Istio copies from the pod's Node (non-empty only).
import { asString, getIn, type Labels } from '../../model.js';
import type { MeshIndex, PodInfo } from '../../index/types.js';
import { childPath } from './field-path.js';

const TOPOLOGY_KEYS = ['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone', 'kubernetes.io/hostname'];

export function endpointLabels(index: MeshIndex, pod: PodInfo): Labels {
  const nodeName = asString(getIn(pod.resource.object, ...childPath(pod.templatePath, 'spec', 'nodeName').split('.')));
  const node = nodeName ? index.get('Node', null, nodeName) : undefined;
  if (!node) return pod.labels;
  const labels: Labels = { ...pod.labels };
  for (const key of TOPOLOGY_KEYS) if (node.labels[key]) labels[key] ??= node.labels[key];
  return labels;
}

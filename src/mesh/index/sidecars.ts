// Sidecars: workloadSelector and egress hosts (R2.4.1, R2.4.2).
import { asArray, asString, asStringMap, getIn, type Resource } from '../model.js';
import { splitNamespacedHost } from '../hosts.js';
import type { SidecarInfo } from './types.js';

// Istio rejects an egress host without a namespace prefix; we read a bare host as any-namespace (`*` + host).
export function readSidecar(r: Resource): SidecarInfo {
  const namespace = r.namespace ?? 'default';
  const egressHosts = asArray(getIn(r.object, 'spec', 'egress')).flatMap((listener, i) =>
    asArray(getIn(listener, 'hosts')).flatMap((raw, j) =>
      typeof raw === 'string' ? [{ raw, ...splitNamespacedHost(raw, namespace, '*'), fieldPath: `spec.egress[${i}].hosts[${j}]` }] : [],
    ),
  );
  const selector = asStringMap(getIn(r.object, 'spec', 'workloadSelector', 'labels'));
  return {
    resource: r, namespace, name: r.name, workloadSelector: Object.keys(selector).length > 0 ? selector : null,
    egressHosts, outboundTrafficPolicy: asString(getIn(r.object, 'spec', 'outboundTrafficPolicy', 'mode')) ?? null,
    creationTimestamp: r.creationTimestamp,
  };
}

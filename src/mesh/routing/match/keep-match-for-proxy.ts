import { normalizeGatewayRef } from '../../hosts.js';
import { asArray, asStringMap, type JsonObject } from '../../model.js';

/** The proxy istiod builds config for. */
export interface ProxyContext {
  /** `mesh` for a sidecar, the Gateway resource's `ns/name` for a gateway server (R2.1.4). */
  gateway: string;
  /** Namespace of the proxy's pod. */
  namespace: string;
  /** Labels of the proxy's pod (the gateway pod's labels on a gateway, R2.2.2). */
  labels: Record<string, string>;
  /** Sidecar: the service port the request was sent to; gateway: the server's port.number as written (R3.8.1). */
  listenerPort: number;
}

export interface KeepMatchResult {
  kept: boolean;
  /** Field of the match that decided (e.g. `gateways`, `sourceLabels.app`, `port`), null when kept. */
  field: string | null;
  reason: string;
}

/** Config-time filters R2.2.1-R2.2.3, R3.8.1: is this match emitted into this proxy's routes at all? */
export function keepMatchForProxy(match: JsonObject, proxy: ProxyContext, virtualServiceNamespace: string): KeepMatchResult {
  const port = typeof match.port === 'number' ? match.port : 0;
  if (port !== 0 && port !== proxy.listenerPort) {
    return { kept: false, field: 'port', reason: `port ${port} differs from the port ${proxy.listenerPort} this request arrived on, so istiod drops this match (R3.8.1, R2.2.3)` };
  }
  const gateways = asArray(match.gateways).filter((g): g is string => typeof g === 'string');
  if (gateways.length > 0) {
    const normalized = gateways.map((g) => normalizeGatewayRef(g, virtualServiceNamespace));
    if (normalized.includes(proxy.gateway)) {
      return { kept: true, field: null, reason: `the match lists ${proxy.gateway} in gateways, so sourceLabels and sourceNamespace are not looked at (R2.2.1)` };
    }
    return { kept: false, field: 'gateways', reason: `gateways lists ${normalized.join(', ')} but this proxy is ${describeProxy(proxy)}, so istiod drops this match (R2.2.1, R2.1.3)` };
  }
  const sourceLabels = asStringMap(match.sourceLabels);
  for (const [key, value] of Object.entries(sourceLabels)) {
    const actual = proxy.labels[key];
    if (actual === value) continue;
    const has = actual === undefined ? `has no label ${key}` : `has ${key}=${actual}`;
    const gatewayNote = proxy.gateway === 'mesh' ? '' : '; on a gateway, sourceLabels are compared with the gateway pod\'s labels, not the original caller\'s (R2.2.2)';
    return { kept: false, field: `sourceLabels.${key}`, reason: `sourceLabels requires ${key}=${value} but the ${proxy.gateway === 'mesh' ? 'calling' : 'gateway'} pod ${has}, so istiod drops this match (R2.2.1)${gatewayNote}` };
  }
  const sourceNamespace = typeof match.sourceNamespace === 'string' ? match.sourceNamespace : '';
  if (sourceNamespace !== '' && sourceNamespace !== proxy.namespace) {
    return { kept: false, field: 'sourceNamespace', reason: `sourceNamespace is ${sourceNamespace} but the proxy runs in ${proxy.namespace}, so istiod drops this match (R2.2.1)` };
  }
  return { kept: true, field: null, reason: 'no port, gateways, sourceLabels or sourceNamespace condition excludes this proxy' };
}

function describeProxy(proxy: ProxyContext): string {
  return proxy.gateway === 'mesh' ? 'a sidecar (mesh)' : `gateway ${proxy.gateway}`;
}

// Endpoints and EndpointSlices of the set, in one slice view (R6.3.1: Endpoints are converted to slices).
import { asArray, asObject, asString, getIn, type Resource } from '../model.js';

export interface SliceEndpoint { ip: string; ready: boolean; podName: string | null }
export interface SliceView {
  resource: Resource;
  via: 'EndpointSlice' | 'Endpoints';
  endpoints: SliceEndpoint[];
  ports: { name: string | null; port: number }[];
}

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

function portsOf(list: unknown): SliceView['ports'] {
  return asArray(list).flatMap((p) => {
    const port = Number(getIn(p, 'port'));
    return Number.isInteger(port) ? [{ name: asString(getIn(p, 'name')) || null, port }] : [];
  });
}

function podNameOf(targetRef: unknown): string | null {
  return getIn(targetRef, 'kind') === 'Pod' ? (asString(getIn(targetRef, 'name')) ?? null) : null;
}

/** R5.7.1: ready unset or true is ready; terminating endpoints are dropped. R5.7.3: FQDN slices are ignored. */
function fromEndpointSlice(r: Resource): SliceView | null {
  if (asString(getIn(r.object, 'addressType')) === 'FQDN') return null;
  const endpoints = asArray(getIn(r.object, 'endpoints')).flatMap((e) => {
    const o = asObject(e);
    if (!o || getIn(o, 'conditions', 'terminating') === true) return [];
    const ready = getIn(o, 'conditions', 'ready') !== false;
    const podName = podNameOf(o.targetRef);
    return asArray(o.addresses).filter((a): a is string => typeof a === 'string').map((ip) => ({ ip, ready, podName }));
  });
  return { resource: r, via: 'EndpointSlice', endpoints, ports: portsOf(getIn(r.object, 'ports')) };
}

function fromEndpoints(r: Resource): SliceView[] {
  return asArray(getIn(r.object, 'subsets')).map((subset) => {
    const read = (key: string, ready: boolean) => asArray(getIn(subset, key)).flatMap((a) => {
      const ip = asString(getIn(a, 'ip'));
      return ip ? [{ ip, ready, podName: podNameOf(getIn(a, 'targetRef')) }] : [];
    });
    return {
      resource: r, via: 'Endpoints' as const,
      endpoints: [...read('addresses', true), ...read('notReadyAddresses', false)],
      ports: portsOf(getIn(subset, 'ports')),
    };
  });
}

/** `namespace/serviceName` -> slices. EndpointSlices win over Endpoints for the same Service (Istio reads slices). */
export function collectSlices(endpointSlices: readonly Resource[], endpoints: readonly Resource[]): Map<string, SliceView[]> {
  const bySlice = new Map<string, SliceView[]>();
  for (const r of endpointSlices) {
    const service = r.labels[SERVICE_NAME_LABEL];
    const view = service ? fromEndpointSlice(r) : null;
    if (!view) continue;
    const key = `${r.namespace}/${service}`;
    (bySlice.get(key) ?? bySlice.set(key, []).get(key)!).push(view);
  }
  for (const r of endpoints) {
    const key = `${r.namespace}/${r.name}`;
    if (!bySlice.has(key)) bySlice.set(key, fromEndpoints(r));
  }
  return bySlice;
}

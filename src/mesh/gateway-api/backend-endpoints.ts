// Stage 'endpoints': each valid backend's ready endpoints on the Service port (R5.6.1, R5.7.1).
import type { EndpointInfo, ServiceEntryInfo } from '../index/types.js';
import { asArray, asObject, asString, getIn } from '../model.js';
import { recordStep } from '../trace/steps.js';
import type { RouteDestination, RouteEndpoint } from '../routing/types.js';
import type { ResolvedBackend } from './resolve-backends.js';
import type { GatewayApiContext } from './types.js';

export function routeEndpointOf(e: EndpointInfo): RouteEndpoint {
  const pod = e.pod;
  return {
    pod: pod ? `${pod.namespace}/${pod.name}` : e.ip ?? '',
    workload: pod ? `${pod.workload.kind}/${pod.workload.namespace ?? ''}/${pod.workload.name}` : e.via,
    ip: e.ip, port: e.port, ready: e.ready, readinessAssumed: pod?.readinessAssumed ?? false,
  };
}

function destination(b: ResolvedBackend, status: RouteDestination['status'], endpoints: RouteEndpoint[], reason: string | null): RouteDestination {
  const s = b.service ?? b.serviceEntry;
  const service = s ? { kind: b.service ? 'Service' : 'ServiceEntry', namespace: s.namespace, name: s.name } : null;
  return { host: b.host, port: b.port, subset: null, weight: b.share, cluster: b.cluster, endpoints, service, status, reason };
}

/** R5.1.3: a ServiceEntry host's endpoints are its `spec.endpoints` addresses; without them Envoy resolves the host itself. */
function serviceEntryDestination(ctx: GatewayApiContext, b: ResolvedBackend, entry: ServiceEntryInfo): RouteDestination {
  const addresses = asArray(getIn(entry.resource.object, 'spec', 'endpoints')).map((e) => asString(asObject(e)?.address)).filter((a): a is string => a !== undefined);
  const workload = `ServiceEntry/${entry.namespace}/${entry.name}`;
  const note = addresses.length > 0 ? `ServiceEntry ${entry.namespace}/${entry.name} lists ${addresses.length} endpoint address(es)` : `ServiceEntry ${entry.namespace}/${entry.name} (resolution ${entry.resolution}) lists no endpoints: Envoy sends the request to the address ${entry.resolution === 'DNS' ? `DNS gives for ${b.host}` : 'the client dialled'}`;
  if (b.share > 0) recordStep(ctx.steps, { stage: 'endpoints', decision: 'selected', source: ctx.index.cite(entry.resource, 'spec.endpoints'), rules: ['R5.1.3'], reason: `${note}.` });
  return destination(b, 'OK', addresses.map((ip) => ({ pod: ip, workload, ip, port: b.port, ready: true, readinessAssumed: true })), b.share === 0 ? 'weight 0: receives no traffic' : null);
}

export function backendEndpoints(ctx: GatewayApiContext, backends: ResolvedBackend[]): RouteDestination[] {
  return backends.map((b) => {
    if (b.missingCluster) return destination(b, 'CLUSTER_NOT_FOUND', [], b.missingCluster);
    if (!b.invalid && b.serviceEntry) return serviceEntryDestination(ctx, b, b.serviceEntry);
    if (b.invalid || !b.service || !b.servicePort) return destination(b, 'CLUSTER_NOT_FOUND', [], `invalid backendRef: ${b.invalid ?? 'unresolved'}; requests for it get 500`);
    const ready = ctx.index.endpoints(b.service, b.servicePort).filter((e) => e.ready && e.port !== null);
    const source = ctx.index.cite(b.service.resource, 'spec.selector');
    if (ready.length === 0) {
      if (b.share > 0) recordStep(ctx.steps, { stage: 'endpoints', decision: 'failed', source, rules: ['R5.6.2', 'R5.7.1'], reason: `${b.host}:${b.port} has no ready endpoint, so its requests get 503 (no healthy upstream).` });
      return destination(b, 'NO_HEALTHY_UPSTREAM', [], `no ready endpoint on ${b.host}:${b.port}`);
    }
    const ports = [...new Set(ready.map((e) => e.port))].join(', ');
    if (b.share > 0) recordStep(ctx.steps, { stage: 'endpoints', decision: 'selected', source, rules: ['R5.6.1', 'R5.7.1'], reason: `${b.cluster} has ${ready.length} ready endpoint(s) on port ${ports}: ${ready.map((e) => e.pod?.name ?? e.ip).join(', ')}.` });
    return destination(b, 'OK', ready.map(routeEndpointOf), b.share === 0 ? 'weight 0: receives no traffic' : null);
  });
}

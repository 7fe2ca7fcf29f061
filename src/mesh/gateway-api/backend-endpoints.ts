// Stage 'endpoints': each valid backend's ready endpoints on the Service port (R5.6.1, R5.7.1).
import type { EndpointInfo } from '../index/types.js';
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
  const s = b.service;
  return { host: b.host, port: b.port, subset: null, weight: b.share, cluster: b.cluster, endpoints, service: s ? { kind: 'Service', namespace: s.namespace, name: s.name } : null, status, reason };
}

export function backendEndpoints(ctx: GatewayApiContext, backends: ResolvedBackend[]): RouteDestination[] {
  return backends.map((b) => {
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

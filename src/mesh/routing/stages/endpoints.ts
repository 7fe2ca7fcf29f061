// Stage 10: the endpoints of each cluster: the Service port's endpoints whose labels contain the subset's
// (R5.6.1), ready ones only (R5.7.1); headless Services use ORIGINAL_DST (R5.4.1); none ready -> 503 UH (R5.6.2).
import type { Labels } from '../../model.js';
import type { EndpointInfo } from '../../index/types.js';
import { labelsContain } from '../../relationships/index-lookups.js';
import { recordStep } from '../../trace/steps.js';
import type { Proxy, SimulationContext } from '../context.js';
import { serviceEntryAddresses } from '../registry.js';
import type { RouteDestination, RouteEndpoint } from '../types.js';
import type { ResolvedDestination } from './destination.js';

export function toRouteEndpoint(e: EndpointInfo): RouteEndpoint {
  const pod = e.pod;
  return {
    pod: pod ? `${pod.namespace}/${pod.name}` : e.ip ?? '',
    workload: pod ? `${pod.workload.kind}/${pod.workload.namespace ?? ''}/${pod.workload.name}` : e.via,
    ip: e.ip, port: e.port, ready: e.ready, readinessAssumed: pod?.readinessAssumed ?? false,
  };
}

function describeLabels(labels: Labels): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
}

function serviceEntryEndpoints(d: ResolvedDestination): { endpoints: RouteEndpoint[]; note: string } {
  const entry = d.service!.serviceEntry!;
  const addresses = serviceEntryAddresses(entry);
  const workload = `ServiceEntry/${entry.namespace}/${entry.name}`;
  if (addresses.length > 0) return { endpoints: addresses.map((ip) => ({ pod: ip, workload, ip, port: d.port, ready: true, readinessAssumed: true })), note: `ServiceEntry ${entry.namespace}/${entry.name} lists ${addresses.length} endpoint address(es)` };
  return { endpoints: [], note: `ServiceEntry ${entry.namespace}/${entry.name} (resolution ${entry.resolution}) has no endpoints listed: Envoy sends the request to ${entry.resolution === 'DNS' ? `the address DNS gives for ${d.host}` : 'the address the client dialled'}` };
}

function toDestination(d: ResolvedDestination, status: RouteDestination['status'], endpoints: RouteEndpoint[], reason: string | null): RouteDestination {
  const resource = d.service?.resource;
  return { host: d.host, port: d.port, subset: d.subset, weight: d.planned.weight, cluster: d.cluster, endpoints, service: resource ? { kind: resource.kind, namespace: resource.namespace, name: resource.name } : null, status, reason };
}

function serviceEndpoints(ctx: SimulationContext, proxy: Proxy, d: ResolvedDestination): RouteDestination {
  const service = d.service!.service!;
  const all = ctx.index.endpoints(service, d.servicePort!.servicePort!);
  const inSubset = d.subsetLabels ? all.filter((e) => e.pod !== null && labelsContain(e.pod.labels, d.subsetLabels!)) : all;
  const ready = inSubset.filter((e) => e.ready && e.port !== null);
  const source = ctx.index.cite(service.resource, 'spec.selector');
  const subsetText = d.subsetLabels ? ` with labels ${describeLabels(d.subsetLabels)} (subset ${d.subset})` : '';
  if (ready.length === 0) {
    const reason = `${all.length} endpoint(s) of ${d.host}:${d.port}, ${inSubset.length} of them${subsetText}, none ready: the cluster ${d.cluster} has no healthy upstream`;
    recordStep(ctx.steps, { stage: 'endpoints', decision: 'failed', source, rules: ['R5.6.1', 'R5.6.2', 'R5.7.1'], reason: `${reason}.` });
    return toDestination(d, 'NO_HEALTHY_UPSTREAM', inSubset.map(toRouteEndpoint), reason);
  }
  const ports = [...new Set(ready.map((e) => e.port))].join(', ');
  const notReady = inSubset.length - ready.length;
  recordStep(ctx.steps, { stage: 'endpoints', decision: 'selected', source, rules: ['R5.6.1', 'R5.7.1', 'R5.2.3'], reason: `Cluster ${d.cluster} has ${ready.length} ready endpoint(s)${subsetText} on port ${ports}: ${ready.map((e) => e.pod ? e.pod.name : e.ip).join(', ')}${notReady > 0 ? `; ${notReady} not ready get no traffic` : ''}.` });
  if (service.headless && proxy.kind === 'sidecar') {
    recordStep(ctx.steps, { stage: 'endpoints', decision: 'info', source: ctx.index.cite(service.resource, 'spec.clusterIP'), rules: ['R5.4.1'], unverified: d.subset !== null || d.planned.weight < 100, reason: `${d.host} is headless: the sidecar forwards to the Pod IP the client resolved (ORIGINAL_DST), so subset labels and weights do not choose the Pod.` });
  }
  return toDestination(d, 'OK', ready.map(toRouteEndpoint), null);
}

export function resolveEndpoints(ctx: SimulationContext, proxy: Proxy, destinations: ResolvedDestination[]): RouteDestination[] {
  return destinations.map((d) => {
    if (d.problem) return toDestination(d, 'CLUSTER_NOT_FOUND', [], d.problem);
    if (d.service?.serviceEntry) {
      const { endpoints, note } = serviceEntryEndpoints(d);
      recordStep(ctx.steps, { stage: 'endpoints', decision: 'selected', source: ctx.index.cite(d.service.resource, 'spec.endpoints'), rules: ['R5.1.3'], reason: `${note}.` });
      return toDestination(d, 'OK', endpoints, null);
    }
    if (d.service?.externalName) {
      recordStep(ctx.steps, { stage: 'endpoints', decision: 'info', source: ctx.index.cite(d.service.resource, 'spec.externalName'), rules: ['R5.4.2'], unverified: true, reason: `${d.host} is an ExternalName Service for ${d.service.externalName}, which is not in the registry; Envoy is expected to resolve that name by DNS.` });
      return toDestination(d, 'OK', [], null);
    }
    return serviceEndpoints(ctx, proxy, d);
  });
}

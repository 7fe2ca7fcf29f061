// Endpoints of a Service port: selector pods with the targetPort resolved per pod (R6.2.1, R6.3.2), or the
// Endpoints/EndpointSlices of the set for a Service without selector (R6.1.1, R6.3.1).
import type { EndpointInfo, PodInfo, ServiceInfo, ServicePortInfo } from './types.js';
import type { SliceView } from './endpoint-slices.js';

export interface TargetPortResolution { port: number | null; problem: string | null }

/** R6.2.1: a number is used as-is; a name is looked up among the pod's container ports. R6.2.4 (UNVERIFIED). */
export function resolveTargetPort(servicePort: ServicePortInfo, pod: PodInfo): TargetPortResolution {
  const target = servicePort.targetPort;
  if (typeof target === 'number') return { port: target, problem: null };
  if (/^\d+$/.test(target)) return { port: Number(target), problem: null };
  const found = pod.containerPorts.find((p) => p.name === target);
  if (found) return { port: found.containerPort, problem: null };
  return {
    port: null,
    problem: `Pod ${pod.namespace}/${pod.name} has no container port named "${target}"; Kubernetes leaves it out of this port's endpoints (R6.2.4, UNVERIFIED)`,
  };
}

function fromSelector(service: ServiceInfo, port: ServicePortInfo, pods: readonly PodInfo[]): EndpointInfo[] {
  return pods.map((pod) => {
    const target = resolveTargetPort(port, pod);
    return {
      pod, ip: pod.ip, port: target.port, ready: pod.ready || service.publishNotReadyAddresses,
      problem: target.problem, via: 'selector' as const,
    };
  });
}

/** R6.3.1: slice ports are matched to Service ports by name. */
function fromSlices(
  service: ServiceInfo, port: ServicePortInfo, slices: readonly SliceView[], podByName: (ns: string, name: string) => PodInfo | undefined,
): EndpointInfo[] {
  const out: EndpointInfo[] = [];
  for (const slice of slices) {
    const slicePort = slice.ports.find((p) => p.name === port.name) ?? (slice.ports.length === 1 && service.ports.length === 1 ? slice.ports[0] : undefined);
    if (!slicePort) continue;
    for (const e of slice.endpoints) {
      out.push({
        pod: e.podName ? (podByName(service.namespace, e.podName) ?? null) : null, ip: e.ip, port: slicePort.port,
        ready: e.ready || service.publishNotReadyAddresses, problem: null, via: slice.via,
      });
    }
  }
  return out;
}

export interface EndpointSources {
  selectedPods(service: ServiceInfo): readonly PodInfo[];
  slicesOf(service: ServiceInfo): readonly SliceView[];
  podByName(namespace: string, name: string): PodInfo | undefined;
}

export function endpointsOf(service: ServiceInfo, port: ServicePortInfo, sources: EndpointSources): EndpointInfo[] {
  if (service.type === 'ExternalName') return [];
  if (service.selector) return fromSelector(service, port, sources.selectedPods(service));
  return fromSlices(service, port, sources.slicesOf(service), sources.podByName);
}

// R6.2.1, R6.2.4 (UNVERIFIED): a named targetPort is looked up per Pod; a numeric one should be a declared containerPort.
import type { PodInfo, ServiceInfo, ServicePortInfo } from '../../index/types.js';
import { defineRule } from '../define-rule.js';

function lacksPort(pod: PodInfo, port: ServicePortInfo): boolean {
  if (typeof port.targetPort === 'string') return !pod.containerPorts.some((c) => c.name === port.targetPort);
  return pod.containerPorts.length > 0 && !pod.containerPorts.some((c) => c.containerPort === port.targetPort);
}

function workloadsOf(pods: PodInfo[]): string {
  return [...new Set(pods.map((p) => `${p.workload.kind} ${p.workload.namespace}/${p.workload.name}`))].join(', ');
}

function fieldOf(port: ServicePortInfo): string {
  return port.targetPortDefaulted ? `spec.ports[${port.index}].port` : `spec.ports[${port.index}].targetPort`;
}

export const serviceTargetPortNotExposed = defineRule('MX0028', {
  description: 'The Pods a Service selects must expose its targetPort (a named targetPort must exist on each Pod).',
  inputs: ['Service', 'Pod'],
  check(ctx) {
    for (const service of ctx.index.services) {
      if (service.type === 'ExternalName' || service.headless || !service.selector) continue;
      const pods = ctx.index.podsMatching(service.namespace, service.selector);
      for (const port of service.ports) check(service, port, pods.filter((p) => lacksPort(p, port)));
    }
    function check(service: ServiceInfo, port: ServicePortInfo, missing: PodInfo[]): void {
      if (missing.length === 0) return;
      const named = typeof port.targetPort === 'string';
      ctx.report({
        resource: service.resource,
        fieldPath: fieldOf(port),
        message: named
          ? `Named targetPort "${port.targetPort}" of port ${port.port} is not a container port name of ${workloadsOf(missing)}.`
          : `targetPort ${port.targetPort} of port ${port.port} is not a declared containerPort of ${workloadsOf(missing)}.`,
        symptom: named
          ? 'those Pods are left out of the port\'s endpoints (UNVERIFIED, R6.2.4); with none left, requests get 503 UH'
          : 'if the container does not listen there, connections are refused (503 UF / connection refused)',
        fix: named ? `Add a containerPort named "${port.targetPort}" to the pod template, or use the port number.` : 'Point targetPort at the port the container listens on.',
        rules: named ? ['R6.2.1', 'R6.2.4'] : ['R6.2.1'],
        related: [...new Map(missing.map((p) => [p.resource, p])).values()].slice(0, 5)
          .map((p) => ({ resource: p.resource, fieldPath: p.templatePath ? `${p.templatePath}.spec.containers` : 'spec.containers' })),
      });
    }
  },
});

// compareHost: for one host of a set, the Service alone (kube-proxy) side by side with the mesh, over
// representative requests derived from the VirtualService's own matches and run through the route simulator.
import type { MeshIndex, ServiceInfo } from '../../index/types.js';
import { DifferencesInputError } from '../differences-input-error.js';
import { RESOURCE_KINDS, kindName, parseResourceKind, type ResourceKind } from '../resource-kind.js';
import { applicableDestinationRules } from './applicable-destination-rules.js';
import { applicableGateways } from './applicable-gateways.js';
import { applicableVirtualServices } from './applicable-virtual-services.js';
import { comparisonSummary } from './comparison-summary.js';
import { differenceSentence, samePods } from './difference-sentence.js';
import { findService } from './find-service.js';
import type { CompareHostInput, HostComparison, RequestComparison, RouteSimulator } from './host-comparison-types.js';
import { kubernetesOutcome } from './kubernetes-outcome.js';
import { meshOutcome } from './mesh-outcome.js';
import { representativeRequests } from './representative-requests.js';
import { serviceSummary } from './service-summary.js';

/** Mesh kinds whose effect on a Service host the concrete comparison shows. */
export const CONCRETE_KINDS: readonly ResourceKind[] = Object.freeze(['VIRTUAL_SERVICE', 'DESTINATION_RULE', 'GATEWAY']);

function concreteKind(kind: CompareHostInput['kind']): ResourceKind {
  const parsed = parseResourceKind(kind ?? 'VIRTUAL_SERVICE');
  if (!CONCRETE_KINDS.includes(parsed)) {
    throw new DifferencesInputError(
      `The comparison for a host of a set compares the Service with the mesh; kind must be one of ${CONCRETE_KINDS.map(kindName).join(', ')}, not ${kindName(parsed)}.`,
      { supportedKinds: [...CONCRETE_KINDS] },
    );
  }
  return parsed;
}

/** The Service port the representative requests use: the first one HTTP rules apply to, else the first one. */
function requestPort(service: ServiceInfo): number | null {
  return (service.ports.find((p) => p.istio.http) ?? service.ports[0])?.port ?? null;
}

function notesFor(service: ServiceInfo, port: number | null, requests: readonly RequestComparison[]): string[] {
  const notes: string[] = [];
  const servicePort = service.ports.find((p) => p.port === port);
  if (!servicePort) notes.push(`Service ${service.namespace}/${service.name} has no ports: nothing to compare.`);
  else if (!servicePort.istio.http) notes.push(`Port ${servicePort.port} is ${servicePort.istio.protocol} for Istio (${servicePort.istio.reason}): VirtualService http rules do not apply there (R1.8.4, R6.6.2).`);
  if (service.headless) notes.push('The Service is headless: sidecars send to the Pod IP the client dialled, so subsets and weights may not change which Pod answers (R5.4.1, UNVERIFIED).');
  for (const r of requests) {
    for (const problem of r.derivedFrom.problems) notes.push(`${r.label}: ${problem}.`);
    const wanted = r.derivedFrom.routeIndex;
    if (wanted !== null && r.mesh.route && r.mesh.route.index !== wanted && r.derivedFrom.virtualService?.name === r.mesh.virtualService?.name) {
      notes.push(`${r.label}: the request built for route ${wanted} was taken by route ${r.mesh.route.index} first (first match wins, R3.1.1).`);
    }
  }
  return notes;
}

export function compareHost(index: MeshIndex, input: CompareHostInput, simulate: RouteSimulator): HostComparison {
  if (!input.host || input.host.trim() === '') {
    throw new DifferencesInputError('A host is required for the comparison of a set.', { supportedKinds: [...RESOURCE_KINDS] });
  }
  const kind = concreteKind(input.kind);
  const namespace = input.namespace && input.namespace.trim() !== '' ? input.namespace.trim() : 'default';
  const service = findService(index, input.host, namespace);
  const empty = { host: input.host, namespace, kind, virtualServices: [], destinationRules: [], gateways: [], requests: [], summary: [] };
  if (!service) {
    const entries = index.serviceEntriesForHost(input.host.toLowerCase());
    const extra = entries.length > 0 ? ` It is declared by ServiceEntry ${entries.map((e) => `${e.namespace}/${e.name}`).join(', ')}, which Kubernetes does not know.` : '';
    return { ...empty, service: null, notes: [`No Service ${input.host} in namespace ${namespace}: Kubernetes has nothing to send it to.${extra}`] };
  }
  const virtualServices = applicableVirtualServices(index, service, service.namespace);
  const destinationRules = applicableDestinationRules(index, service);
  const port = requestPort(service);
  const requests: RequestComparison[] = port === null ? [] : representativeRequests(index, service, port).map((r) => {
    const kubernetes = kubernetesOutcome(index, service, port);
    const mesh = meshOutcome(simulate(r.request));
    return { label: r.label, derivedFrom: r.derivation, request: r.request, kubernetes, mesh, samePods: samePods(kubernetes, mesh), difference: differenceSentence(kubernetes, mesh) };
  });
  return {
    ...empty,
    service: serviceSummary(index, service),
    virtualServices,
    destinationRules,
    gateways: applicableGateways(index, virtualServices),
    requests,
    summary: comparisonSummary(service, virtualServices, destinationRules, requests),
    notes: notesFor(service, port, requests),
  };
}

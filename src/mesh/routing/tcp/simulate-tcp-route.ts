// L4 routing (R1.8.4, R7.6.1): raw TCP connections, TLS the client starts itself, and HTTP sent to a port Istio
// treats as TCP/TLS. Returns null when the HTTP pipeline decides (HTTP on an HTTP or sniffed port, terminated TLS).
import type { MeshIndex } from '../../index/types.js';
import { emptyAnswer, emptyEnvoyView, type SimulationContext } from '../context.js';
import { buildRequestView } from '../match/index.js';
import type { SimulatedRoutePath } from '../pipeline.js';
import { portOf } from '../registry.js';
import { normalizeRequest, type NormalizedRequest } from '../request.js';
import { kubernetesView } from '../stages/kubernetes.js';
import { gatewayL4, gatewayPortServers, isL4Server } from './gateway-l4.js';
import type { L4Decision } from './l4-decision.js';
import type { TcpSimulationRequest } from './request-extras.js';
import { findDialled, sidecarL4 } from './sidecar-l4.js';

function sidecarIsL4(index: MeshIndex, r: NormalizedRequest, protocol: string): boolean {
  if (protocol !== 'http' || r.scheme === 'https') return true;
  const dialled = findDialled(index, r);
  const port = dialled ? portOf(dialled.service, r.port ?? 80) : undefined;
  return port !== undefined && !port.protocol.http && !port.protocol.sniffed;
}

function decide(index: MeshIndex, r: NormalizedRequest, request: TcpSimulationRequest): L4Decision | null {
  const protocol = request.protocol ?? 'http';
  const sni = request.sni ?? (protocol === 'tls' || r.scheme === 'https' ? r.hostname || null : null);
  if (r.gateway) {
    const port = r.listenerPort ?? r.port;
    if (port === null || !index.gateways.some((g) => g.key === r.gateway)) return null;
    const first = gatewayPortServers(index, r.gateway, port)[0];
    return first && isL4Server(first.server) ? gatewayL4(index, r, r.gateway, port, sni) : null;
  }
  if (!sidecarIsL4(index, r, protocol)) return null;
  return sidecarL4(index, r, protocol === 'tls' || r.scheme === 'https', sni);
}

function summaryOf(decision: L4Decision): string {
  const target = decision.cluster ?? decision.destinations.map((d) => d.cluster).join(', ');
  return decision.outcome === 'ROUTED' || decision.outcome === 'PASSTHROUGH' ? `The connection goes to ${target}: ${decision.cause}.` : `The connection is not forwarded: ${decision.cause}.`;
}

export function simulateTcpRoute(index: MeshIndex, request: TcpSimulationRequest): SimulatedRoutePath | null {
  const normalized = normalizeRequest({ ...request, address: request.address ?? null });
  const decision = decide(index, normalized, request);
  if (!decision) return null;
  const ctx: SimulationContext = { index, request: normalized, view: buildRequestView({ host: normalized.authority, path: normalized.path, method: normalized.method, scheme: normalized.scheme, headers: normalized.headers }), steps: decision.steps, envoy: emptyEnvoyView(), answer: emptyAnswer() };
  const kubernetes = kubernetesView(ctx);
  const virtualService = decision.choice ? { namespace: decision.choice.virtualService.namespace, name: decision.choice.virtualService.name } : null;
  return {
    ...emptyAnswer(),
    request: { host: request.host, port: normalized.port, path: normalized.path, method: normalized.method, scheme: normalized.scheme, headers: normalized.headers, source: { namespace: normalized.sourceNamespace, labels: normalized.sourceLabels }, gateway: normalized.gateway, outboundTrafficPolicy: normalized.outboundTrafficPolicy },
    outcome: decision.outcome, status: null, responseFlag: decision.outcome === 'ROUTED' || decision.outcome === 'PASSTHROUGH' ? null : decision.outcome === 'NO_HEALTHY_UPSTREAM' ? 'UH' : decision.outcome === 'CLUSTER_NOT_FOUND' ? 'NC' : 'NR',
    summary: summaryOf(decision), virtualService, route: decision.choice ? { index: decision.choice.index, name: null } : null,
    destinations: decision.destinations, steps: decision.steps, kubernetes,
    envoy: { listener: decision.listener, routeConfig: null, virtualHost: null, route: null, cluster: decision.cluster, failure: decision.failure },
    matchedRoute: decision.choice ? { rule: decision.choice.rule, source: index.cite(decision.choice.virtualService.resource, decision.choice.fieldPath), delegatedFrom: null } : null,
  };
}

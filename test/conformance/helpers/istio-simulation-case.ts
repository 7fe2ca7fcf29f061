// Istio traffic-simulator cases (../shared/conformance/istio-simulation): call -> RouteRequest, and our
// answer projected onto the simulator's fields (README §4: error, cluster, listener, routeConfig, virtualHost, route).
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import type { SimulatedRoutePath, SimulationRequest, TcpRequestExtras } from '../../../src/mesh/routing/index.js';
import { withIngress } from '../../../src/mesh/ingress/index.js';
import type { EnvoyView } from '../../../src/mesh/routing/context.js';

export interface SimulationCase {
  id: string;
  primaryRule: string;
  variant?: string;
  derived: boolean;
  knownIstioBug?: string;
  meshConfig?: { outboundTrafficPolicy?: { mode?: string } };
  manifests: string;
  call: {
    mode: 'gateway' | 'sidecar-outbound' | 'sidecar-inbound';
    source: { kind: string; namespace: string; labels?: Record<string, string>; ip?: string };
    address?: string; port: number; protocol: string; tls: string; host?: string; path?: string; sni?: string;
  };
  expected: Record<string, string | null | undefined>;
  assertedFields: string[];
}

/**
 * Fixture quirks of the upstream harness that Kubernetes' API would reject (README §6.2): EndpointSlices
 * written without `addressType` (required by the API) get IPv4, the only family the fixtures use.
 */
export function normalizeFixture(manifests: string): string {
  return manifests.replace(/(kind: EndpointSlice\n(?:(?!---)[\s\S])*?)(\nendpoints:)/g, (all, head: string, tail: string) => (head.includes('addressType') ? all : `${head}\naddressType: IPv4${tail}`));
}

function gatewayFor(index: MeshIndex, labels: Record<string, string>): string | null {
  const selects = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
  const candidates = index.gateways.filter((g) => selects(g.selector))
    .sort((a, b) => (a.resource.creationTimestamp ?? '').localeCompare(b.resource.creationTimestamp ?? '') || a.name.localeCompare(b.name) || a.namespace.localeCompare(b.namespace));
  return candidates[0]?.key ?? null;
}

export type Built = { request: SimulationRequest } | { unsupported: string };

export function requestFor(c: SimulationCase, index: MeshIndex): Built {
  const call = c.call;
  if (call.mode === 'sidecar-inbound') return { unsupported: 'inbound calls (a server sidecar receiving traffic) are not simulated' };
  const mode = c.meshConfig?.outboundTrafficPolicy?.mode;
  if (mode && mode !== 'ALLOW_ANY' && mode !== 'REGISTRY_ONLY') return { unsupported: `outboundTrafficPolicy ${mode} is not one of the modes RouteRequest supports` };
  const request: SimulationRequest & TcpRequestExtras = {
    host: call.host ?? call.address ?? '', path: call.path ?? '/', scheme: call.tls === 'plaintext' ? 'http' : 'https',
    protocol: call.protocol === 'tcp' ? 'tcp' : call.tls === 'plaintext' ? 'http' : 'tls', sni: call.sni,
    outboundTrafficPolicy: mode === 'REGISTRY_ONLY' ? 'REGISTRY_ONLY' : 'ALLOW_ANY',
  };
  if (call.mode === 'gateway') {
    const gateway = gatewayFor(withIngress(index), call.source.labels ?? {});
    if (!gateway) return { unsupported: 'no Istio Gateway resource selects the gateway proxy' };
    return { request: { ...request, gateway, listenerPort: call.port } };
  }
  return { request: { ...request, port: call.port, address: call.address ?? null, source: { namespace: call.source.namespace, labels: call.source.labels ?? {} } } };
}

const ERRORS: Record<NonNullable<EnvoyView['failure']>, string> = {
  'no-listener': 'ErrNoListener', 'no-filter-chain': 'ErrNoFilterChain', 'conflicting-filter-chains': 'ErrMultipleFilterChain',
  'protocol-mismatch': 'ErrProtocolError', 'no-virtual-host': 'ErrNoVirtualHost', 'no-route': 'ErrNoRoute', 'tls-redirect': 'ErrTLSRedirect',
};

export function observe(result: SimulatedRoutePath): Record<string, string | null> {
  const e = result.envoy;
  return { error: e.failure ? ERRORS[e.failure] : '', cluster: e.cluster, listener: e.listener, routeConfig: e.routeConfig, virtualHost: e.virtualHost, route: e.route };
}

/** Mismatches between our projection and the asserted fields (README §4.3). */
export function compare(c: SimulationCase, seen: Record<string, string | null>): string[] {
  const fields = new Set(['error', ...c.assertedFields.filter((f) => !['strictMatch', 'filterChain'].includes(f))]);
  const out: string[] = [];
  for (const field of fields) {
    const expected = field === 'cluster' ? c.expected.clusterWithDomainSuffix ?? c.expected.cluster : c.expected[field];
    const want = expected ?? '';
    const got = seen[field] ?? '';
    if (want !== got) out.push(`${field}: expected "${want}", got "${got}"`);
  }
  return out;
}

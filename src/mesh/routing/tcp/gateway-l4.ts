// A gateway Pod receiving raw TCP or TLS it does not terminate (R7.6.1): the Gateway servers of the port,
// merged across the Gateways selecting the Pod in config order (R7.1.3). A plain TCP port keeps only the first
// server (upstream pilot/pkg/model/gateway.go MergeGateways; https://github.com/istio/istio/issues/21394), and a
// listener whose servers get no tcp/tls route has no filter chain, so Envoy has no listener at all.
import { hostMatches, hostsOverlap } from '../../hosts.js';
import type { GatewayInfo, GatewayServerInfo, MeshIndex } from '../../index/types.js';
import { makeStep } from '../../trace/steps.js';
import type { NormalizedRequest } from '../request.js';
import { routeDestinations } from './l4-destinations.js';
import { inConfigOrder, outcomeOf, type L4Decision } from './l4-decision.js';
import { chooseL4Route } from './l4-route-match.js';

interface PortServer { gateway: GatewayInfo; server: GatewayServerInfo }

const HTTP_SERVER_PROTOCOLS = new Set(['HTTP', 'HTTP2', 'GRPC', 'HTTPS']);
const PASSTHROUGH_MODES = new Set(['PASSTHROUGH', 'AUTO_PASSTHROUGH']);

function mergedGateways(index: MeshIndex, key: string): GatewayInfo[] {
  const named = index.gateways.find((g) => g.key === key);
  if (!named) return [];
  const pod = index.podsMatching(null, named.selector)[0];
  const selects = (g: GatewayInfo) => Object.entries(g.selector).every(([k, v]) => (pod ? pod.labels[k] === v : named.selector[k] === v));
  return index.gateways.filter(selects).sort((a, b) => (a.resource.creationTimestamp ?? '').localeCompare(b.resource.creationTimestamp ?? '') || a.name.localeCompare(b.name) || a.namespace.localeCompare(b.namespace));
}

/** Is the server an L4 one (TCP, TLS, or HTTPS/TLS passed through)? HTTP servers belong to the HTTP pipeline. */
export function isL4Server(server: GatewayServerInfo): boolean {
  const protocol = server.port.protocol.toUpperCase();
  if (PASSTHROUGH_MODES.has(server.tlsMode ?? '')) return true;
  return !HTTP_SERVER_PROTOCOLS.has(protocol);
}

export function gatewayPortServers(index: MeshIndex, key: string, port: number): PortServer[] {
  const all = mergedGateways(index, key).flatMap((gateway) => gateway.servers.filter((s) => s.port.number === port).map((server) => ({ gateway, server })));
  const first = all[0];
  if (!first || !isL4Server(first.server)) return all;
  if (first.server.port.protocol.toUpperCase() === 'TCP') return [first];
  return all.filter((s) => isL4Server(s.server));
}

function boundTo(index: MeshIndex, servers: PortServer[]) {
  return inConfigOrder(index.virtualServices.filter((v) => servers.some(({ gateway, server }) => v.gateways.some((g) => g.normalized === gateway.key)
    && server.hosts.some((h) => (h.namespace === '*' || h.namespace === v.namespace) && v.hosts.some((vh) => hostsOverlap(h.dnsName, vh.fqdn))))));
}

export function gatewayL4(index: MeshIndex, r: NormalizedRequest, key: string, port: number, sni: string | null): L4Decision {
  const servers = gatewayPortServers(index, key, port);
  const listener = `0.0.0.0_${port}`;
  const tls = servers.length > 0 && servers[0].server.port.protocol.toUpperCase() !== 'TCP';
  const reached = tls ? servers.filter((s) => sni !== null && s.server.hosts.some((h) => hostMatches(h.dnsName, sni))) : servers;
  const steps = servers.map(({ gateway, server }) => makeStep({ stage: 'listener', decision: reached.some((s) => s.server === server) ? 'selected' : 'skipped', source: index.cite(gateway.resource, server.fieldPath), rules: ['R7.6.1', 'R7.1.3'], reason: `Gateway ${gateway.key} server ${server.port.name ?? server.index} on port ${port} (${server.port.protocol}${server.tlsMode ? ` ${server.tlsMode}` : ''}) forwards at L4${tls ? ' by SNI' : ''}.` }));
  const choice = chooseL4Route(boundTo(index, reached), tls ? ['tls'] : ['tcp'], { port, address: null, sni, sourceNamespace: r.sourceNamespace, sourceLabels: r.sourceLabels, gateway: reached[0]?.gateway.key ?? key });
  if (!choice) {
    const failure = tls ? 'no-filter-chain' as const : 'no-listener' as const;
    steps.push(makeStep({ stage: 'virtual-service', decision: 'failed', rules: ['R7.6.1'], reason: tls ? `No tls route of a VirtualService bound to the Gateway matches SNI ${sni ?? '(none)'} on port ${port}, so no filter chain takes the connection.` : `No tcp route of a VirtualService bound to Gateway ${servers[0]?.gateway.key ?? key} applies on port ${port}: the listener has no filter chain and Envoy does not open it.` }));
    return { listener: tls ? listener : null, failure, outcome: 'NO_ROUTE', cause: tls ? 'no tls route matches the SNI' : 'no tcp route is bound to the Gateway server of the port, so the gateway has no listener there', choice: null, destinations: [], cluster: null, steps };
  }
  steps.push(makeStep({ stage: 'match', decision: 'matched', source: index.cite(choice.virtualService.resource, choice.fieldPath), rules: ['R7.6.1'], reason: `${choice.kind} route ${choice.index} of VirtualService ${choice.virtualService.namespace}/${choice.virtualService.name} takes the connection.` }));
  const destinations = routeDestinations(index, choice, port, null);
  return { listener, failure: null, outcome: outcomeOf(destinations), cause: 'the gateway forwards the connection at L4', choice, destinations, cluster: destinations.length === 1 ? destinations[0].cluster : null, steps };
}

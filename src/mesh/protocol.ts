// R6.6.1: how Istio reads the protocol of a Service (or ServiceEntry) port.
import type { IstioProtocol, ProtocolDecision } from './index/types.js';

const NAMED: Record<string, IstioProtocol> = {
  http: 'HTTP', http2: 'HTTP2', https: 'HTTPS', grpc: 'GRPC', 'grpc-web': 'GRPC-Web', tcp: 'TCP', tls: 'TLS',
  udp: 'UDP', mongo: 'Mongo', mysql: 'MySQL', redis: 'Redis', http_proxy: 'HTTP_PROXY',
};
const APP_PROTOCOL_ALIASES: Record<string, IstioProtocol> = {
  'kubernetes.io/h2c': 'HTTP2', 'kubernetes.io/ws': 'HTTP', 'kubernetes.io/wss': 'HTTPS',
};
const WELL_KNOWN_TCP_PORTS = new Set([25, 53, 3306, 27017]);
const HTTP_PROTOCOLS = new Set<IstioProtocol>(['HTTP', 'HTTP2', 'GRPC', 'GRPC-Web']);

export interface PortProtocolInput {
  name?: string | null;
  appProtocol?: string | null;
  /** Kubernetes L4 protocol: TCP (default), UDP, SCTP. */
  protocol?: string | null;
  port: number;
}

function decision(protocol: IstioProtocol, reason: string): ProtocolDecision {
  return { protocol, http: HTTP_PROTOCOLS.has(protocol), sniffed: protocol === 'UNSUPPORTED', reason };
}

function parseProtocolName(value: string): IstioProtocol | undefined {
  return NAMED[value.toLowerCase()];
}

export function istioProtocolOf(port: PortProtocolInput): ProtocolDecision {
  if ((port.protocol ?? 'TCP').toUpperCase() === 'UDP') return decision('UDP', 'the port protocol is UDP');
  if (port.appProtocol) {
    const p = APP_PROTOCOL_ALIASES[port.appProtocol.toLowerCase()] ?? parseProtocolName(port.appProtocol);
    if (p) return decision(p, `appProtocol "${port.appProtocol}" is used instead of the port name`);
    return fromUnsupported(port, `appProtocol "${port.appProtocol}" names no protocol Istio knows`);
  }
  const name = port.name ?? '';
  if (name.toLowerCase().startsWith('grpc-web')) return decision('GRPC-Web', `port name "${name}" starts with "grpc-web"`);
  const prefix = name.split('-')[0];
  const p = prefix ? parseProtocolName(prefix) : undefined;
  if (p) return decision(p, name === prefix ? `port name "${name}"` : `port name "${name}" starts with "${prefix}-"`);
  return fromUnsupported(port, name ? `port name "${name}" does not start with a protocol Istio knows` : 'the port has no name and no appProtocol');
}

function fromUnsupported(port: PortProtocolInput, why: string): ProtocolDecision {
  if (WELL_KNOWN_TCP_PORTS.has(port.port)) return decision('TCP', `${why}; port ${port.port} is a well-known TCP port`);
  return decision('UNSUPPORTED', `${why}, so Istio sniffs the protocol`);
}

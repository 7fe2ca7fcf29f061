// The request after DESIGN.md's defaults (port from `host:port` else 80, path `/`, method GET, scheme http,
// source namespace `default`). With a gateway the port default needs the Gateway, so the entry stage fills it.
import type { Labels } from '../model.js';
import type { RouteRequest, RouteRequestHeader } from './types.js';

/** Optional inputs beyond the RouteRequest contract (tests and conformance runners use them). */
export interface RequestExtras {
  /** With `gateway`: the port the gateway Pod listens on (after R7.2.1) instead of the server's `port.number`. */
  listenerPort?: number | null;
  /** Sidecar: the IP the client dials. Default: what DNS gives for `host` (a ClusterIP or Pod IPs). */
  address?: string | null;
}

export type SimulationRequest = RouteRequest & RequestExtras;

export type PortSource = 'request' | 'host' | 'default' | 'gateway-server' | 'gateway-listener';

export interface NormalizedRequest {
  /** Host / :authority exactly as sent (port kept, R1.2.4). */
  authority: string;
  /** Lower-cased, `:port` removed: what virtual host selection looks at (R1.2.1, R1.2.2). */
  hostname: string;
  /** null only while the entry stage has not chosen the gateway server port yet. */
  port: number | null;
  portSource: PortSource;
  path: string;
  method: string;
  scheme: string;
  schemeGiven: boolean;
  headers: RouteRequestHeader[];
  sourceNamespace: string;
  sourceLabels: Labels;
  gateway: string | null;
  outboundTrafficPolicy: 'ALLOW_ANY' | 'REGISTRY_ONLY';
  listenerPort: number | null;
  address: string | null;
}

/** `reviews:9080` -> reviews + 9080; `[::1]:80` -> ::1 + 80; a trailing dot is kept (it is a domain of its own, R1.3). */
export function splitHostPort(host: string): { hostname: string; port: number | null } {
  const trimmed = host.trim();
  if (trimmed.startsWith('[')) {
    const close = trimmed.indexOf(']');
    const rest = close < 0 ? '' : trimmed.slice(close + 1);
    const port = rest.startsWith(':') ? parsePort(rest.slice(1)) : null;
    return { hostname: trimmed.slice(1, close < 0 ? undefined : close).toLowerCase(), port };
  }
  const colon = trimmed.lastIndexOf(':');
  if (colon < 0 || trimmed.indexOf(':') !== colon) return { hostname: trimmed.toLowerCase(), port: null };
  const port = parsePort(trimmed.slice(colon + 1));
  return port === null ? { hostname: trimmed.toLowerCase(), port: null } : { hostname: trimmed.slice(0, colon).toLowerCase(), port };
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 && n < 65536 ? n : null;
}

function nonEmpty(value: string | null | undefined): string | null {
  return value !== null && value !== undefined && value.trim() !== '' ? value.trim() : null;
}

export function normalizeRequest(request: SimulationRequest): NormalizedRequest {
  const { hostname, port: hostPort } = splitHostPort(request.host);
  const gateway = nonEmpty(request.gateway);
  let port: number | null = request.port ?? null;
  let portSource: PortSource = 'request';
  if (port === null && hostPort !== null && !gateway) [port, portSource] = [hostPort, 'host'];
  if (port === null && !gateway) [port, portSource] = [80, 'default'];
  const scheme = nonEmpty(request.scheme);
  return {
    authority: request.host.trim(),
    hostname,
    port,
    portSource,
    path: nonEmpty(request.path) ?? '/',
    method: nonEmpty(request.method) ?? 'GET',
    scheme: scheme ? scheme.toLowerCase() : 'http',
    schemeGiven: scheme !== null,
    headers: request.headers ?? [],
    sourceNamespace: nonEmpty(request.source?.namespace) ?? 'default',
    sourceLabels: { ...(request.source?.labels ?? {}) },
    gateway,
    outboundTrafficPolicy: request.outboundTrafficPolicy === 'REGISTRY_ONLY' ? 'REGISTRY_ONLY' : 'ALLOW_ANY',
    listenerPort: request.listenerPort ?? null,
    address: nonEmpty(request.address),
  };
}

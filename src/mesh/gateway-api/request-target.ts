// Host and port of the request: `request.port`, else the `:port` of the Host header, else null (the caller
// picks the default: the Gateway's only listener port, else 80).
import type { RouteRequest } from '../routing/types.js';

export function requestTarget(request: RouteRequest): { hostname: string; port: number | null } {
  const host = request.host.trim().toLowerCase();
  const m = /^(.*):(\d+)$/.exec(host);
  const withPort = m !== null && !m[1].includes(':');
  return { hostname: withPort ? m[1] : host, port: request.port ?? (withPort ? Number(m[2]) : null) };
}

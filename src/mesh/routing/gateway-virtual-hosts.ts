// Virtual hosts of a gateway route config: the intersection of server hosts (namespace-filtered) and
// VirtualService hosts (R1.6, R7.4), merged per host and server port (R1.7.3), httpsRedirect (R7.6.2),
// and the blackhole host when nothing is bound (R3.10.2).
import { intersectHosts } from '../hosts.js';
import type { ServerOnListener } from './gateway-servers.js';
import type { Scope } from './scope.js';
import type { VirtualHost } from './virtual-hosts.js';

function hostFor(hosts: Map<string, VirtualHost>, entry: ServerOnListener, domain: string): VirtualHost {
  const name = `${domain}:${entry.server.port.number}`;
  let host = hosts.get(name);
  if (!host) {
    host = { name, domains: [domain], service: null, bound: [], requireTls: false, server: { gateway: entry.gateway, fieldPath: entry.server.fieldPath } };
    hosts.set(name, host);
  }
  return host;
}

function bindVirtualServices(hosts: Map<string, VirtualHost>, entry: ServerOnListener, scope: Scope): void {
  const bound = scope.virtualServices.filter((vs) => vs.gateways.some((g) => g.normalized === entry.gateway.key));
  for (const vs of bound) {
    for (const vsHost of vs.hosts.map((h) => h.fqdn)) {
      for (const serverHost of entry.server.hosts) {
        if (serverHost.namespace !== '*' && serverHost.namespace !== vs.namespace) continue; // R7.4.1
        const domain = intersectHosts(serverHost.dnsName, vsHost);
        if (!domain) continue;
        const host = hostFor(hosts, entry, domain);
        if (!host.bound.some((b) => b.virtualService === vs)) {
          host.bound.push({ virtualService: vs, gateway: entry.gateway.key, listenerPort: entry.server.port.number, host: vsHost });
        }
      }
    }
  }
}

const cache = new WeakMap<Scope, Map<string, VirtualHost[]>>();

/** The route config of these servers on `listenerPort`; memoized per scope (the hosts are not modified afterwards). */
export function gatewayVirtualHosts(servers: ServerOnListener[], scope: Scope, listenerPort: number): VirtualHost[] {
  let byServers = cache.get(scope);
  if (!byServers) cache.set(scope, byServers = new Map());
  const key = JSON.stringify([listenerPort, servers.map((s) => [s.gateway.key, s.server.fieldPath, s.listenerPort])]);
  let hosts = byServers.get(key);
  if (!hosts) byServers.set(key, hosts = buildGatewayVirtualHosts(servers, scope, listenerPort));
  return hosts;
}

function buildGatewayVirtualHosts(servers: ServerOnListener[], scope: Scope, listenerPort: number): VirtualHost[] {
  const hosts = new Map<string, VirtualHost>();
  for (const entry of servers) bindVirtualServices(hosts, entry, scope);
  for (const entry of servers) {
    if (!entry.server.httpsRedirect || entry.server.port.protocol.toUpperCase() === 'HTTPS') continue;
    for (const serverHost of entry.server.hosts) hostFor(hosts, entry, serverHost.dnsName).requireTls = true;
  }
  if (hosts.size === 0) {
    return [{ name: `blackhole:${listenerPort}`, domains: ['*'], service: null, bound: [], requireTls: false, server: servers[0] ? { gateway: servers[0].gateway, fieldPath: servers[0].server.fieldPath } : null }];
  }
  return [...hosts.values()];
}

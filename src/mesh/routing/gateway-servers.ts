// Gateway servers as listeners of the gateway Pod: server port -> Pod port (R7.2.1) and the protocol
// class that decides which servers can share a port (R7.3.1).
import { asArray, asObject, asString, asStringMap, getIn } from '../model.js';
import type { GatewayInfo, GatewayServerInfo, MeshIndex, PodInfo } from '../index/types.js';
import { labelsContain } from '../relationships/index-lookups.js';
import type { Proxy } from './context.js';
import { registryOf, serviceEntryAddresses, type RegistryService } from './registry.js';

export const DISABLE_PORT_TRANSLATION_LABEL = 'experimental.istio.io/disable-gateway-port-translation';

export interface ServerOnListener {
  gateway: GatewayInfo;
  server: GatewayServerInfo;
  listenerPort: number;
  translation: string;
}

export type ServerClass = 'http' | 'tls' | 'tcp';

export function serverClass(server: GatewayServerInfo): ServerClass {
  const protocol = server.port.protocol.toUpperCase();
  if (protocol === 'HTTPS' || protocol === 'TLS') return 'tls';
  if (['HTTP', 'HTTP2', 'GRPC', 'GRPC-WEB'].includes(protocol)) return 'http';
  return 'tcp';
}

/** A Service (or ServiceEntry) in front of the gateway Pod: its ports decide the Pod ports (R7.2.1). */
interface FrontService { name: string; ports: { number: number; targetPort: number | string | null }[] }

export const GATEWAY_SERVICE_ANNOTATION = 'internal.istio.io/gateway-service';

function annotatedHosts(gateway: GatewayInfo): string[] | null {
  const value = gateway.resource.annotations[GATEWAY_SERVICE_ANNOTATION];
  return value ? value.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean) : null;
}

function fromRegistry(service: RegistryService): FrontService {
  const ports = service.service
    ? service.service.ports.map((p) => ({ number: p.port, targetPort: p.targetPort }))
    : (service.serviceEntry?.ports ?? []).map((p) => ({ number: p.number, targetPort: p.targetPort ?? p.number }));
  return { name: `${service.kind} ${service.namespace}/${service.resource.name}`, ports };
}

function selectsPod(service: RegistryService, proxy: Proxy): boolean {
  if (service.resource.labels[DISABLE_PORT_TRANSLATION_LABEL] === 'true') return false;
  if (service.service) {
    const selector = service.service.selector;
    return service.namespace === proxy.namespace && selector !== null && Object.keys(selector).length > 0 && labelsContain(proxy.labels, selector);
  }
  return asArray(getIn(service.resource.object, 'spec', 'endpoints')).some((raw) => {
    const e = asObject(raw);
    const labels = asStringMap(e?.labels);
    return (proxy.pod?.ip && asString(e?.address) === proxy.pod.ip) || (Object.keys(labels).length > 0 && labelsContain(proxy.labels, labels));
  });
}

/**
 * Services in front of the gateway Pod: those selecting it (R7.2.1), or, for a Gateway naming its Services in
 * the internal annotation `internal.istio.io/gateway-service`, those Services in the Gateway's namespace only;
 * then a server port without a Service port gets no listener (`strict`).
 */
function frontServices(index: MeshIndex, proxy: Proxy, gateway: GatewayInfo): { services: FrontService[]; strict: boolean } {
  const registry = registryOf(index);
  const hosts = annotatedHosts(gateway);
  if (hosts) return { services: hosts.flatMap((h) => registry.byHostname(h)).filter((s) => s.namespace === gateway.namespace).map(fromRegistry), strict: true };
  const seen = new Set<string>();
  return { services: registry.all.filter((s) => selectsPod(s, proxy) && !seen.has(s.hostname) && seen.add(s.hostname)).map(fromRegistry), strict: false };
}

function namedTargetPort(proxy: Proxy, name: string): number | null {
  const found = proxy.pod?.containerPorts.find((p) => p.name === name);
  return found ? found.containerPort : null;
}

type Translation = Pick<ServerOnListener, 'listenerPort' | 'translation'>;

/** R7.2.1: a server port equal to a port of a Service in front of the gateway Pod listens on that port's targetPort. */
function translate(server: GatewayServerInfo, front: { services: FrontService[]; strict: boolean }, proxy: Proxy): Translation | null {
  const number = server.port.number;
  for (const service of front.services) {
    const port = service.ports.find((p) => p.number === number);
    if (!port) continue;
    const target = typeof port.targetPort === 'number' ? port.targetPort : port.targetPort === null ? number : namedTargetPort(proxy, port.targetPort);
    if (target === null) continue;
    return { listenerPort: target, translation: `server port ${number} is port ${number} of ${service.name}, whose targetPort is ${target}, so the gateway Pod listens on ${target}` };
  }
  if (front.strict) return null;
  return { listenerPort: number, translation: `no Service in front of the gateway Pod exposes port ${number}, so the Pod listens on port ${number} itself` };
}

const serverCache = new WeakMap<MeshIndex, Map<string, Map<PodInfo | null, ServerOnListener[]>>>();

/** Every server of every Gateway on the proxy, with the Pod port it listens on, in Gateway order. Memoized per proxy. */
export function serversOnProxy(index: MeshIndex, proxy: Proxy): ServerOnListener[] {
  let byKey = serverCache.get(index);
  if (!byKey) serverCache.set(index, byKey = new Map());
  const key = JSON.stringify([proxy.namespace, proxy.gateways.map((g) => g.key), Object.entries(proxy.labels).sort()]);
  let byPod = byKey.get(key);
  if (!byPod) byKey.set(key, byPod = new Map());
  let servers = byPod.get(proxy.pod);
  if (!servers) byPod.set(proxy.pod, servers = computeServers(index, proxy));
  return servers;
}

function computeServers(index: MeshIndex, proxy: Proxy): ServerOnListener[] {
  return proxy.gateways.flatMap((gateway) => {
    const front = frontServices(index, proxy, gateway);
    return gateway.servers.flatMap((server) => {
      const t = translate(server, front, proxy);
      return t ? [{ gateway, server, ...t }] : [];
    });
  });
}

/** Pods behind the Services a Gateway names in its internal annotation (their endpoint addresses). */
export function annotatedGatewayPods(index: MeshIndex, gateway: GatewayInfo): PodInfo[] {
  const hosts = annotatedHosts(gateway);
  if (!hosts) return [];
  const registry = registryOf(index);
  const addresses = new Set(hosts.flatMap((h) => registry.byHostname(h)).flatMap((s) => s.serviceEntry ? serviceEntryAddresses(s.serviceEntry) : []));
  return index.pods.filter((p) => p.ip !== null && addresses.has(p.ip));
}

/** `https.<port>.<portName>.<gateway>.<namespace>` (R7.3.1) for a TLS-terminating server, `http.<listenerPort>` otherwise. */
export function gatewayRouteConfigName(entry: ServerOnListener): string {
  if (serverClass(entry.server) === 'tls') {
    return `https.${entry.server.port.number}.${entry.server.port.name ?? ''}.${entry.gateway.name}.${entry.gateway.namespace}`;
  }
  return `http.${entry.listenerPort}`;
}

// Stage 2: which listener and route config receive the request. Sidecar: by destination port and protocol
// (R1.8.1-R1.8.4, R6.6); gateway: by server port, translated to the Pod port (R7.2.1, R7.3.1, R7.6.1).
import { recordStep } from '../../trace/steps.js';
import type { Ending, Proxy, SimulationContext } from '../context.js';
import { dialledService } from '../dns.js';
import { portOf, registryOf, type RegistryService } from '../registry.js';
import type { Scope } from '../scope.js';
import { domainSuffixOf } from '../../index/extra-types.js';
import type { RegistryPort } from '../registry.js';
import type { ServerOnListener } from '../gateway-servers.js';
import { gatewayListener } from './gateway-listener.js';
import { noListener } from './passthrough.js';

export type Listener =
  | { kind: 'http'; port: number; routeConfig: string; dialled: RegistryService | null }
  | { kind: 'sniffed'; port: number; routeConfig: string; dialled: RegistryService }
  | { kind: 'l4'; port: number; dialled: RegistryService; protocol: string }
  | { kind: 'gateway'; port: number; routeConfig: string; servers: ServerOnListener[]; tls: boolean };

/** R1.8.4: TLS from the client, or a TCP/TLS-classified port: only L4 forwarding (sniffed ports detect HTTP, R1.8.3). */
function isL4(port: RegistryPort, tlsFromClient: boolean): boolean {
  if (tlsFromClient) return true;
  return !port.protocol.http && !port.protocol.sniffed;
}

function hasVip(service: RegistryService): boolean {
  return service.addresses.length > 0 && !service.headless;
}

/** R1.8.1, R1.8.3: an HTTP listener `0.0.0.0:<port>` exists when a service in scope has an HTTP port there (or a sniffed one without VIP). */
function sharedHttpListenerExists(scope: Scope, port: number): RegistryService | undefined {
  return scope.services.find((s) => {
    const p = portOf(s, port);
    return p !== undefined && (p.protocol.http || (p.protocol.sniffed && !hasVip(s)));
  });
}

function sidecarListener(ctx: SimulationContext, proxy: Proxy, scope: Scope): Listener | Ending {
  const port = ctx.request.port ?? 80;
  const found = dialledService(ctx.index, registryOf(ctx.index), ctx.request.hostname, ctx.request.address, proxy.namespace, domainSuffixOf(ctx.index));
  const dialled = found && scope.services.includes(found.service) ? found.service : null;
  const servicePort = dialled ? portOf(dialled, port) : undefined;
  const cite = dialled && servicePort ? ctx.index.cite(dialled.resource, servicePort.fieldPath) : null;
  const tlsFromClient = ctx.request.scheme === 'https';
  if (dialled && servicePort && isL4(servicePort, tlsFromClient)) {
    ctx.envoy.listener = hasVip(dialled) ? `${dialled.addresses[0]}_${port}` : `0.0.0.0_${port}`;
    const why = tlsFromClient ? 'the client sends TLS itself, so its sidecar sees only encrypted bytes' : `${servicePort.protocol.reason}, so Istio treats the port as ${servicePort.protocol.protocol}`;
    recordStep(ctx.steps, { stage: 'listener', decision: 'selected', source: cite, rules: ['R1.8.4', 'R6.6.2'], reason: `The client dials ${found?.via ?? dialled.hostname} on port ${port}; ${why}: VirtualService http routes do not apply and the connection is forwarded as TCP to ${dialled.hostname}:${port} (tcp and tls routes are not simulated).` });
    return { kind: 'l4', port, dialled, protocol: servicePort.protocol.protocol };
  }
  if (dialled && servicePort?.protocol.sniffed && hasVip(dialled)) {
    const routeConfig = `${dialled.hostname}:${port}`;
    Object.assign(ctx.envoy, { listener: `${dialled.addresses[0]}_${port}`, routeConfig });
    recordStep(ctx.steps, { stage: 'listener', decision: 'selected', source: cite, rules: ['R1.8.3', 'R6.6.1'], reason: `The client dials ${dialled.hostname} on port ${port}; ${servicePort.protocol.reason}: the listener on ${dialled.addresses[0]}:${port} detects HTTP and uses route config ${routeConfig}, whose only virtual host accepts any Host header.` });
    return { kind: 'sniffed', port, routeConfig, dialled };
  }
  if (tlsFromClient) return noListener(ctx, port, found?.service ?? null, dialled !== null);
  const http = servicePort?.protocol.http ? dialled : sharedHttpListenerExists(scope, port);
  if (!http) return noListener(ctx, port, found?.service ?? null, dialled !== null);
  Object.assign(ctx.envoy, { listener: `0.0.0.0_${port}`, routeConfig: String(port) });
  const httpPort = portOf(http, port);
  recordStep(ctx.steps, {
    stage: 'listener', decision: 'selected', rules: ['R1.8.1', 'R6.6.1'], source: httpPort ? ctx.index.cite(http.resource, httpPort.fieldPath) : null,
    reason: `Port ${port} is an HTTP port (${httpPort?.protocol.reason ?? 'HTTP'} on ${http.hostname}), so the sidecar's shared listener 0.0.0.0:${port} takes the request and the Host header picks the virtual host in route config ${port}.`,
  });
  return { kind: 'http', port, routeConfig: String(port), dialled };
}

export function selectListener(ctx: SimulationContext, proxy: Proxy, scope: Scope): Listener | Ending {
  return proxy.kind === 'gateway' ? gatewayListener(ctx, proxy) : sidecarListener(ctx, proxy, scope);
}

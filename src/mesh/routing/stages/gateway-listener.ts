// Listener stage for a gateway proxy: server port -> Pod port (R7.2.1), servers sharing the port (R7.3.1),
// TLS termination and SNI (R7.6.1). The server port default is the Gateway's only port, else 80.
import { compareSpecificity, hostMatches } from '../../hosts.js';
import { recordStep } from '../../trace/steps.js';
import { ending, isEnding, type Ending, type Proxy, type SimulationContext } from '../context.js';
import { gatewayRouteConfigName, serverClass, serversOnProxy, type ServerOnListener } from '../gateway-servers.js';
import type { Listener } from './listener.js';

function defaultServerPort(ctx: SimulationContext, proxy: Proxy): number {
  const named = proxy.gateways.find((g) => `${g.namespace}/${g.name}` === ctx.request.gateway) ?? proxy.gateways[0];
  const ports = [...new Set((named?.servers ?? []).map((s) => s.port.number))];
  return ports.length === 1 ? ports[0] : 80;
}

function pickListenerPort(ctx: SimulationContext, proxy: Proxy, servers: ServerOnListener[]): number | null {
  if (ctx.request.listenerPort !== null) {
    ctx.request.port ??= servers.find((s) => s.listenerPort === ctx.request.listenerPort)?.server.port.number ?? ctx.request.listenerPort;
    return ctx.request.listenerPort;
  }
  if (ctx.request.port === null) {
    ctx.request.port = defaultServerPort(ctx, proxy);
    ctx.request.portSource = 'gateway-server';
  }
  const onPort = servers.filter((s) => s.server.port.number === ctx.request.port);
  const preferred = onPort.find((s) => s.gateway.key === ctx.request.gateway) ?? onPort[0];
  if (!preferred) return null;
  recordStep(ctx.steps, { stage: 'listener', decision: 'info', rules: ['R7.2.1'], source: ctx.index.cite(preferred.gateway.resource, `${preferred.server.fieldPath}.port.number`), reason: `Gateway ${preferred.gateway.key}: ${preferred.translation}.` });
  return preferred.listenerPort;
}

/** R7.6.1: a TLS port is chosen by SNI (the host); the most specific server host wins. */
function tlsServer(ctx: SimulationContext, servers: ServerOnListener[]): ServerOnListener | Ending {
  const candidates = servers.flatMap((s) => s.server.hosts.filter((h) => hostMatches(h.dnsName, ctx.request.hostname)).map((h) => ({ s, host: h.dnsName })));
  candidates.sort((a, b) => compareSpecificity(a.host, b.host));
  const best = candidates[0];
  if (!best) {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(servers[0].gateway.resource, `${servers[0].server.fieldPath}.hosts`), rules: ['R7.6.1'], reason: `No TLS server on this port lists ${ctx.request.hostname} in its hosts, so the TLS handshake (SNI ${ctx.request.hostname}) finds no filter chain.` });
    ctx.envoy.failure = 'no-filter-chain';
    return ending('NO_ROUTE', null, null, `no Gateway server on this port accepts TLS for ${ctx.request.hostname}`);
  }
  const rivals = candidates.filter((c) => c.host === best.host && c.s.gateway !== best.s.gateway);
  if (rivals.length > 0) {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(best.s.gateway.resource, `${best.s.server.fieldPath}.hosts`), rules: ['R7.3.1'], reason: `Gateways ${[best.s, ...rivals.map((r) => r.s)].map((s) => s.gateway.key).join(' and ')} define the same TLS server host ${best.host} on this port; Envoy rejects the ambiguous listener.` });
    ctx.envoy.failure = 'conflicting-filter-chains';
    return ending('NO_ROUTE', null, null, `two Gateways define the same TLS host ${best.host} on this port, which Envoy rejects`);
  }
  return best.s;
}

function checkScheme(ctx: SimulationContext, tls: boolean): Ending | null {
  if (tls && ctx.request.scheme !== 'https') {
    if (!ctx.request.schemeGiven) {
      ctx.request.scheme = 'https';
      recordStep(ctx.steps, { stage: 'listener', decision: 'assumed', source: null, rules: ['R7.6.1'], reason: 'The server on this port terminates TLS, so the request is assumed to be sent over HTTPS.' });
      return null;
    }
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: null, rules: ['R7.6.1'], reason: 'The server on this port expects TLS, but the request is plain HTTP: the TLS handshake fails.' });
    ctx.envoy.failure = 'protocol-mismatch';
    return ending('NO_ROUTE', null, null, 'the gateway port expects TLS and the request is plain HTTP');
  }
  if (!tls && ctx.request.scheme === 'https') {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: null, rules: ['R7.6.1'], reason: 'The servers on this port are plain HTTP, but the request is sent over TLS: the HTTP connection manager cannot read it.' });
    ctx.envoy.failure = 'protocol-mismatch';
    return ending('NO_ROUTE', null, null, 'the gateway port is plain HTTP and the request uses TLS');
  }
  return null;
}

export function gatewayListener(ctx: SimulationContext, proxy: Proxy): Listener | Ending {
  const servers = serversOnProxy(ctx.index, proxy);
  const port = pickListenerPort(ctx, proxy, servers);
  const onPort = port === null ? [] : servers.filter((s) => s.listenerPort === port);
  if (port === null || onPort.length === 0) {
    const known = [...new Set(servers.map((s) => s.server.port.number))].join(', ') || 'none';
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: null, rules: ['R7.2.1'], reason: `No server of the Gateways on this Pod uses port ${ctx.request.listenerPort ?? ctx.request.port} (server ports: ${known}), so the gateway has no listener for it and refuses the connection.` });
    ctx.envoy.failure = 'no-listener';
    return ending('NO_ROUTE', null, null, `the gateway has no listener on port ${ctx.request.listenerPort ?? ctx.request.port}`);
  }
  const kind = serverClass(onPort[0].server);
  for (const skipped of onPort.filter((s) => serverClass(s.server) !== kind)) {
    recordStep(ctx.steps, { stage: 'listener', decision: 'skipped', source: ctx.index.cite(skipped.gateway.resource, `${skipped.server.fieldPath}.port.protocol`), rules: ['R7.3.1'], reason: `Server ${skipped.server.port.name ?? skipped.server.port.number} of Gateway ${skipped.gateway.key} uses protocol ${skipped.server.port.protocol}, which cannot share port ${port} with the ${onPort[0].server.port.protocol} server of Gateway ${onPort[0].gateway.key} that comes first, so it is ignored.` });
  }
  const sameKind = onPort.filter((s) => serverClass(s.server) === kind);
  ctx.envoy.listener = `0.0.0.0_${port}`;
  if (kind === 'tcp') {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(sameKind[0].gateway.resource, `${sameKind[0].server.fieldPath}.port.protocol`), rules: ['R1.8.4'], reason: `Port ${port} is a ${sameKind[0].server.port.protocol} server: HTTP routes do not apply there (tcp routes are not simulated).` });
    ctx.envoy.failure = 'protocol-mismatch';
    return ending('NO_ROUTE', null, null, `gateway port ${port} is a ${sameKind[0].server.port.protocol} listener, where HTTP routing does not apply`);
  }
  const bad = checkScheme(ctx, kind === 'tls');
  if (bad) return bad;
  const chosen = kind === 'tls' ? tlsServer(ctx, sameKind) : null;
  if (isEnding(chosen)) return chosen;
  const used = chosen ? [chosen] : sameKind;
  if (kind === 'tls' && ['PASSTHROUGH', 'AUTO_PASSTHROUGH'].includes(used[0].server.tlsMode ?? '')) {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(used[0].gateway.resource, `${used[0].server.fieldPath}.tls.mode`), rules: ['R7.6.1'], reason: `The server does not terminate TLS (mode ${used[0].server.tlsMode}), so only tls (SNI) routes apply; they are not simulated.` });
    return ending('NO_ROUTE', null, null, `the gateway server passes TLS through, where HTTP routing does not apply`);
  }
  const routeConfig = gatewayRouteConfigName(used[0]);
  ctx.envoy.routeConfig = routeConfig;
  recordStep(ctx.steps, { stage: 'listener', decision: 'selected', source: ctx.index.cite(used[0].gateway.resource, used[0].server.fieldPath), rules: ['R7.3.1', 'R7.6.1'], reason: `The gateway Pod's listener on port ${port} takes the request with route config ${routeConfig}, built from ${used.length} server(s): ${used.map((s) => `${s.gateway.key} port ${s.server.port.number}`).join(', ')}.` });
  return { kind: 'gateway', port, routeConfig, servers: used, tls: kind === 'tls' };
}

// Stage 4: the virtual host chosen by the Host header (R1.2.1, port ignored R1.2.2): sidecar domains per
// service (R1.3, R1.4, R1.5), sniffed ports (R1.8.3), gateway hosts (R1.6, R7.6.2), catch-all (R1.8.2).
import { domainSuffixOf } from '../../index/extra-types.js';
import { recordStep } from '../../trace/steps.js';
import { ending, isEnding, type Ending, type Proxy, type SimulationContext } from '../context.js';
import { dialledService } from '../dns.js';
import { gatewayVirtualHosts } from '../gateway-virtual-hosts.js';
import { registryOf } from '../registry.js';
import type { Scope } from '../scope.js';
import { hostTablesOf } from '../host-tables.js';
import { selectSidecarVirtualHost } from '../sidecar-virtual-host-lookup.js';
import { claimsFor } from '../sidecar-virtual-hosts.js';
import { selectByDomain } from '../virtual-host-domains.js';
import type { VirtualHost } from '../virtual-hosts.js';
import type { Listener } from './listener.js';
import { catchAllVirtualHost } from './passthrough.js';

export interface SelectedVirtualHost {
  host: VirtualHost;
  domain: string;
}

function portNote(ctx: SimulationContext): string {
  return ctx.request.authority.toLowerCase() !== ctx.request.hostname ? ` (the port in "${ctx.request.authority}" is ignored for this choice)` : '';
}

function sourceOf(ctx: SimulationContext, host: VirtualHost) {
  if (host.server) return ctx.index.cite(host.server.gateway.resource, `${host.server.fieldPath}.hosts`);
  if (host.service) return ctx.index.cite(host.service.resource, 'metadata.name');
  const bound = host.bound[0];
  if (!bound) return null;
  const i = bound.virtualService.hosts.findIndex((h) => h.fqdn === bound.host);
  return ctx.index.cite(bound.virtualService.resource, i >= 0 ? bound.virtualService.hosts[i].fieldPath : 'spec.hosts');
}

function sniffedHost(ctx: SimulationContext, listener: Extract<Listener, { kind: 'sniffed' }>, scope: Scope): SelectedVirtualHost {
  const claim = claimsFor(hostTablesOf(ctx.index), listener.dialled, scope)[0];
  const host: VirtualHost = {
    name: `${listener.dialled.hostname}:${listener.port}`, domains: ['*'], service: listener.dialled, requireTls: false, server: null,
    bound: claim ? [{ virtualService: claim.virtualService, gateway: 'mesh', listenerPort: listener.port, host: claim.host }] : [],
  };
  recordStep(ctx.steps, { stage: 'virtual-host', decision: 'selected', source: ctx.index.cite(listener.dialled.resource, 'metadata.name'), rules: ['R1.8.3'], reason: `Route config ${listener.routeConfig} has a single virtual host whose domain is *, so the Host header "${ctx.request.authority}" does not matter: the request is routed as traffic to ${listener.dialled.hostname}.` });
  return { host, domain: '*' };
}

function gatewayHost(ctx: SimulationContext, listener: Extract<Listener, { kind: 'gateway' }>, scope: Scope): SelectedVirtualHost | Ending {
  const hosts = gatewayVirtualHosts(listener.servers, scope, listener.port);
  const found = selectByDomain(hosts, (h) => h.domains, ctx.request.hostname);
  if (!found) {
    const listed = hosts.flatMap((h) => h.domains).join(', ');
    recordStep(ctx.steps, { stage: 'virtual-host', decision: 'failed', source: ctx.index.cite(listener.servers[0].gateway.resource, `${listener.servers[0].server.fieldPath}.hosts`), rules: ['R1.6.1', 'R1.2.3', 'R3.10.2'], reason: `No virtual host of route config ${listener.routeConfig} matches ${ctx.request.hostname}: the gateway only serves the hosts where a bound VirtualService meets a server host (${listed}).` });
    ctx.envoy.failure = 'no-virtual-host';
    return ending('NO_ROUTE', 404, 'NR', `no VirtualService bound to the gateway serves host ${ctx.request.hostname}`);
  }
  const host = found.value;
  ctx.envoy.virtualHost = host.name;
  const bound = host.bound.length === 0 ? 'no VirtualService is bound to it' : `it comes from the server host and VirtualService host ${host.bound.map((b) => b.host).join(', ')}`;
  recordStep(ctx.steps, { stage: 'virtual-host', decision: 'selected', source: sourceOf(ctx, host), rules: ['R1.2.1', 'R1.6.1', 'R1.6.2', 'R7.4.1'], reason: `Virtual host ${host.name} (domain ${found.domain}) matches ${ctx.request.hostname}${portNote(ctx)}; ${bound}.` });
  if (host.requireTls && ctx.request.scheme !== 'https') {
    const location = `https://${ctx.request.hostname}${ctx.view.path}`;
    ctx.answer.redirect = { location, status: 301 };
    recordStep(ctx.steps, { stage: 'virtual-host', decision: 'applied', source: ctx.index.cite(host.server!.gateway.resource, `${host.server!.fieldPath}.tls.httpsRedirect`), rules: ['R7.6.2'], reason: `A server for this host sets tls.httpsRedirect, so the gateway answers every plain HTTP request for it with 301 to ${location}, before any route is looked at.` });
    ctx.envoy.failure = 'tls-redirect';
    return ending('REDIRECTED', 301, null, `the gateway server for ${ctx.request.hostname} sets httpsRedirect`);
  }
  return { host, domain: found.domain };
}

function shortNameNote(ctx: SimulationContext, proxy: Proxy, scope: Scope): string {
  const dns = dialledService(ctx.index, registryOf(ctx.index), ctx.request.hostname, null, proxy.namespace, domainSuffixOf(ctx.index));
  if (!dns) {
    const elsewhere = ctx.request.hostname.includes('.') ? [] : scope.services.filter((s) => s.service?.name === ctx.request.hostname);
    return elsewhere.length === 0 ? '' : `; a short name only resolves, and only matches, from the Service's own namespace, and ${elsewhere.map((s) => `${s.service!.name}.${s.namespace}`).join(', ')} is in another one: call it by that name (R1.3)`;
  }
  if (!scope.services.includes(dns.service)) return '';
  return `; DNS resolves it to ${dns.service.hostname}, but that is not one of the service's virtual host domains for a client in ${proxy.namespace} (short names only work from the service's own namespace, R1.3)`;
}

function sidecarHost(ctx: SimulationContext, proxy: Proxy, listener: Extract<Listener, { kind: 'http' }>, scope: Scope): SelectedVirtualHost | Ending {
  const found = selectSidecarVirtualHost(hostTablesOf(ctx.index), scope, listener.port, proxy.namespace, ctx.request.hostname);
  if (!found) {
    const note = shortNameNote(ctx, proxy, scope);
    if (note) recordStep(ctx.steps, { stage: 'virtual-host', decision: 'info', source: null, rules: ['R1.3'], reason: `Host ${ctx.request.hostname} is not a virtual host domain in route config ${listener.port}${note}.` });
    return catchAllVirtualHost(ctx, listener.port, listener.dialled);
  }
  const host = found.value;
  const what = host.service ? `the virtual host of ${host.service.hostname}` : `the virtual host VirtualService ${host.bound[0]?.virtualService.namespace}/${host.bound[0]?.virtualService.name} creates for host ${host.domains[0]}, which is not a registry service (R1.4.1)`;
  recordStep(ctx.steps, { stage: 'virtual-host', decision: 'selected', source: sourceOf(ctx, host), rules: host.service ? ['R1.2.1', 'R1.2.2', 'R1.3'] : ['R1.2.1', 'R1.4.1', 'R1.4.2'], reason: `Host ${ctx.request.hostname} matches domain ${found.domain} of ${what}${portNote(ctx)}.` });
  return { host, domain: found.domain };
}

export function selectVirtualHost(ctx: SimulationContext, proxy: Proxy, scope: Scope, listener: Exclude<Listener, { kind: 'l4' }>): SelectedVirtualHost | Ending {
  const selected = listener.kind === 'gateway' ? gatewayHost(ctx, listener, scope)
    : listener.kind === 'sniffed' ? sniffedHost(ctx, listener, scope)
      : sidecarHost(ctx, proxy, listener, scope);
  if (!isEnding(selected)) ctx.envoy.virtualHost = selected.host.name;
  return selected;
}

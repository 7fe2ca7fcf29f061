// Traffic for hosts the sidecar does not know: PassthroughCluster under ALLOW_ANY, blocked under
// REGISTRY_ONLY (R1.8.2, R2.4.3), either at the listener level or through the catch-all virtual host.
import { recordStep } from '../../trace/steps.js';
import { ending, type Ending, type SimulationContext } from '../context.js';
import type { RegistryService } from '../registry.js';

function unknownWhy(ctx: SimulationContext, known: RegistryService | null, port: number, inScope: boolean): string {
  if (!known) return `${ctx.request.hostname} is not a host of the mesh registry`;
  if (!known.ports.some((p) => p.number === port)) {
    const ports = known.ports.map((p) => p.number).join(', ') || 'none';
    return `${known.hostname} has no port ${port} (its ports: ${ports})`;
  }
  if (!inScope) return `${known.hostname} is not in this client's scope`;
  return `the Host header ${ctx.request.hostname} is not one of the virtual host domains of ${known.hostname} for this client`;
}

function passthroughDestination(ctx: SimulationContext, port: number): void {
  ctx.answer.destinations = [{
    host: ctx.request.hostname, port, subset: null, weight: 100, cluster: 'PassthroughCluster', endpoints: [], service: null,
    status: 'PASSTHROUGH', reason: 'forwarded to the original destination address without Istio routing',
  }];
}

/** No listener for this port on the sidecar: the virtualOutbound listener decides (R1.8.2). */
export function noListener(ctx: SimulationContext, port: number, known: RegistryService | null, inScope: boolean): Ending {
  ctx.envoy.listener = 'virtualOutbound';
  const unknown = unknownWhy(ctx, known, port, inScope);
  const why = `No service in this client's scope has an HTTP port ${port} and ${unknown}`;
  if (ctx.request.outboundTrafficPolicy === 'REGISTRY_ONLY') {
    ctx.envoy.cluster = 'BlackHoleCluster';
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: null, rules: ['R1.8.2', 'R2.4.3'], reason: `${why}; with outboundTrafficPolicy REGISTRY_ONLY the sidecar sends the connection to BlackHoleCluster, which drops it.` });
    return ending('BLOCKED', null, null, `${unknown} and outboundTrafficPolicy REGISTRY_ONLY drops the connection`);
  }
  ctx.envoy.cluster = 'PassthroughCluster';
  passthroughDestination(ctx, port);
  recordStep(ctx.steps, { stage: 'listener', decision: 'selected', source: null, rules: ['R1.8.2', 'R2.4.3'], reason: `${why}; with outboundTrafficPolicy ALLOW_ANY the sidecar passes the connection through to the address the client dialled, without any Istio routing.` });
  return ending('PASSTHROUGH', null, null, `${unknown}, so the sidecar passes the request through to the address the client dialled`);
}

/** The shared HTTP route config's catch-all `*` virtual host (R1.8.2). */
export function catchAllVirtualHost(ctx: SimulationContext, port: number, known: RegistryService | null): Ending {
  const unknown = unknownWhy(ctx, known, port, true);
  const why = `No virtual host of route config ${port} lists ${ctx.request.hostname} (${unknown})`;
  if (ctx.request.outboundTrafficPolicy === 'REGISTRY_ONLY') {
    Object.assign(ctx.envoy, { virtualHost: 'block_all', route: 'block_all' });
    recordStep(ctx.steps, { stage: 'virtual-host', decision: 'failed', source: null, rules: ['R1.8.2'], reason: `${why}; the catch-all virtual host block_all answers 502 itself because outboundTrafficPolicy is REGISTRY_ONLY.` });
    return ending('BLOCKED', 502, null, `no virtual host lists ${ctx.request.hostname} and outboundTrafficPolicy REGISTRY_ONLY answers 502`);
  }
  Object.assign(ctx.envoy, { virtualHost: 'allow_any', route: 'allow_any', cluster: 'PassthroughCluster' });
  passthroughDestination(ctx, port);
  recordStep(ctx.steps, { stage: 'virtual-host', decision: 'selected', source: null, rules: ['R1.8.2'], reason: `${why}; the catch-all virtual host allow_any sends it to PassthroughCluster: the original destination address, with no VirtualService, timeout or retries.` });
  return ending('PASSTHROUGH', null, null, `no virtual host lists ${ctx.request.hostname}, so the sidecar passes the request through to the address the client dialled`);
}

// Stage 'listener' (north-south): the Gateway's listener for the request's port and hostname.
import { recordStep } from '../trace/steps.js';
import { compareHostnameSpecificity, hostnameCovers } from './hostname-match.js';
import { readListeners } from './read-listeners.js';
import type { Resource } from '../model.js';
import type { GatewayApiContext, ListenerInfo } from './types.js';

const HTTP_PROTOCOLS = new Set(['HTTP', 'HTTPS']);

/**
 * Listeners on the request port that carry HTTP and accept the hostname; among them the one with the most
 * specific hostname wins (Gateway API Listener.hostname precedence). null when there is none.
 */
export function selectListener(ctx: GatewayApiContext, gateway: Resource): ListenerInfo | null {
  const all = readListeners(gateway);
  const onPort = all.filter((l) => l.port === ctx.port);
  const name = `Gateway ${gateway.namespace}/${gateway.name}`;
  if (onPort.length === 0) {
    const ports = [...new Set(all.map((l) => l.port))].join(', ') || 'none';
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(gateway, 'spec.listeners'), reason: `${name} has no listener on port ${ctx.port} (listener ports: ${ports}), so nothing accepts the connection.` });
    return null;
  }
  const usable = onPort.filter((l) => HTTP_PROTOCOLS.has(l.protocol) && (l.hostname === null || hostnameCovers(l.hostname, ctx.hostname)));
  for (const l of onPort) {
    if (usable.includes(l)) continue;
    const why = HTTP_PROTOCOLS.has(l.protocol) ? `its hostname ${l.hostname} does not cover ${ctx.hostname}` : `its protocol ${l.protocol} does not carry HTTPRoutes`;
    recordStep(ctx.steps, { stage: 'listener', decision: 'skipped', source: ctx.index.cite(gateway, l.fieldPath), reason: `Listener ${l.name} (port ${l.port}) is skipped: ${why}.` });
  }
  const chosen = [...usable].sort((a, b) => compareHostnameSpecificity(a.hostname ?? '', b.hostname ?? ''))[0];
  if (!chosen) {
    recordStep(ctx.steps, { stage: 'listener', decision: 'failed', source: ctx.index.cite(gateway, 'spec.listeners'), reason: `No HTTP listener of ${name} on port ${ctx.port} accepts hostname ${ctx.hostname}.` });
    return null;
  }
  const hostText = chosen.hostname ? `its hostname ${chosen.hostname} covers ${ctx.hostname}` : 'it sets no hostname, so it accepts any host';
  recordStep(ctx.steps, { stage: 'listener', decision: 'selected', source: ctx.index.cite(gateway, chosen.fieldPath), reason: `Listener ${chosen.name} of ${name} takes the request: port ${chosen.port}, protocol ${chosen.protocol}, and ${hostText}.` });
  return chosen;
}

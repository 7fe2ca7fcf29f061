// Stage 'virtual-host': routes answer per hostname. The most specific hostname covering the request host
// wins, and only the routes carrying it compete (Gateway API HTTPRoute.hostnames precedence).
import { getIn } from '../model.js';
import { recordStep } from '../trace/steps.js';
import { compareHostnameSpecificity, hostnameCovers } from './hostname-match.js';
import type { AttachedRoute, GatewayApiContext, GatewayApiParent } from './types.js';

const ANY = '*';

function bestHostname(route: AttachedRoute, hostname: string): string | null {
  if (route.hostnames.length === 0) return ANY;
  const covering = route.hostnames.filter((h) => hostnameCovers(h, hostname));
  return covering.sort(compareHostnameSpecificity)[0] ?? null;
}

function describe(a: AttachedRoute): string {
  return `HTTPRoute ${a.route.namespace}/${a.route.name}`;
}

export function selectHostname(ctx: GatewayApiContext, parent: GatewayApiParent, attached: AttachedRoute[]): AttachedRoute[] {
  if (parent.kind === 'Service') {
    const withHostnames = attached.filter((a) => getIn(a.route.object, 'spec', 'hostnames') !== undefined);
    for (const a of withHostnames) {
      recordStep(ctx.steps, { stage: 'virtual-host', decision: 'info', source: ctx.index.cite(a.route, 'spec.hostnames'), reason: `${describe(a)} sets hostnames, which have no effect for a Service parent (GAMMA): the Service's own host decides.` });
    }
    return attached;
  }
  const best = attached.map((a) => ({ a, host: bestHostname(a, ctx.hostname) }));
  for (const { a, host } of best) {
    if (host === null) recordStep(ctx.steps, { stage: 'virtual-host', decision: 'skipped', source: ctx.index.cite(a.route, 'spec.hostnames'), reason: `${describe(a)} does not answer host ${ctx.hostname}: its hostnames are ${a.hostnames.join(', ')}.` });
  }
  const hosts = best.map((b) => b.host).filter((h): h is string => h !== null).sort(compareHostnameSpecificity);
  const winner = hosts[0];
  if (winner === undefined) return [];
  const kept = best.filter((b) => b.host === winner).map((b) => b.a);
  for (const { a, host } of best) {
    if (host !== null && host !== winner) recordStep(ctx.steps, { stage: 'virtual-host', decision: 'skipped', source: ctx.index.cite(a.route, 'spec.hostnames'), reason: `${describe(a)} answers ${ctx.hostname} only through ${host === ANY ? 'any hostname' : host}, but routes for the more specific hostname ${winner} exist, so only those are used (Gateway API hostname precedence).` });
  }
  const text = winner === ANY ? 'any hostname (routes without hostnames)' : `hostname ${winner}`;
  recordStep(ctx.steps, { stage: 'virtual-host', decision: 'selected', source: kept[0] ? ctx.index.cite(kept[0].route, 'spec.hostnames') : null, reason: `Host ${ctx.hostname} is served by the rules of ${kept.length} HTTPRoute(s) for ${text}: ${kept.map(describe).join(', ')}.` });
  return kept;
}

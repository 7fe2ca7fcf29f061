// Stage 'visibility': the HTTPRoutes attached to the parent (parentRefs, allowedRoutes, listener hostname;
// for GAMMA the producer/consumer namespace rule).
import { asArray, asString, getIn, type Resource } from '../model.js';
import { recordStep } from '../trace/steps.js';
import { admitRoute } from './allowed-routes.js';
import { httpRoutesOf } from './gateway-api-group.js';
import { intersectHostnames } from './hostname-match.js';
import { parentRefMatches } from './parent-ref-matches.js';
import type { AttachedRoute, GatewayApiContext, GatewayApiParent } from './types.js';

function routeHostnames(route: Resource): string[] {
  return asArray(getIn(route.object, 'spec', 'hostnames')).map(asString).filter((h): h is string => h !== undefined).map((h) => h.toLowerCase());
}

function describe(route: Resource): string {
  return `HTTPRoute ${route.namespace}/${route.name}`;
}

function attachToGateway(ctx: GatewayApiContext, parent: Extract<GatewayApiParent, { kind: 'Gateway' }>, route: Resource, refIndex: number): AttachedRoute | null {
  const cite = ctx.index.cite(route, `spec.parentRefs[${refIndex}]`);
  const admission = admitRoute(ctx.index, parent.gateway, parent.listener, route);
  if (!admission.allowed) {
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', source: ctx.index.cite(parent.gateway, admission.fieldPath), reason: `${describe(route)} is not attached: ${admission.reason}.` });
    return null;
  }
  const written = routeHostnames(route);
  const hostnames = written.map((h) => intersectHostnames(parent.listener.hostname, h)).filter((h): h is string => h !== null);
  if (written.length > 0 && hostnames.length === 0) {
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', source: ctx.index.cite(route, 'spec.hostnames'), reason: `${describe(route)} is not attached: none of its hostnames (${written.join(', ')}) intersects listener hostname ${parent.listener.hostname} (Gateway API: route hostnames must intersect the listener's).` });
    return null;
  }
  recordStep(ctx.steps, { stage: 'visibility', decision: 'selected', source: cite, reason: `${describe(route)} is attached: ${admission.reason}.` });
  return { route, parentRefIndex: refIndex, hostnames: written.length === 0 && parent.listener.hostname ? [parent.listener.hostname] : hostnames };
}

/** GAMMA: a route in the Service's namespace (producer) serves every client; one elsewhere (consumer) only clients in its namespace. */
function attachToService(ctx: GatewayApiContext, parent: Extract<GatewayApiParent, { kind: 'Service' }>, route: Resource, refIndex: number): AttachedRoute | null {
  const producer = route.namespace === parent.service.namespace;
  const cite = ctx.index.cite(route, `spec.parentRefs[${refIndex}]`);
  if (!producer && route.namespace !== ctx.sourceNamespace) {
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', source: cite, reason: `${describe(route)} is a consumer route (GAMMA): it applies only to clients in namespace ${route.namespace}, and the client is in ${ctx.sourceNamespace}.` });
    return null;
  }
  recordStep(ctx.steps, { stage: 'visibility', decision: 'selected', source: cite, reason: `${describe(route)} applies to mesh clients calling Service ${parent.service.namespace}/${parent.service.name}: it is a ${producer ? 'producer route (same namespace as the Service: all clients)' : `consumer route (clients in ${route.namespace} only)`}.` });
  return { route, parentRefIndex: refIndex, hostnames: [] };
}

function attachOne(ctx: GatewayApiContext, parent: GatewayApiParent, route: Resource): AttachedRoute | null {
  const refs = asArray(getIn(route.object, 'spec', 'parentRefs'));
  let refused: string | null = null;
  for (let i = 0; i < refs.length; i += 1) {
    const check = parentRefMatches(refs[i], route, parent);
    if (!check) continue;
    if (!check.attached) {
      refused ??= check.reason;
      continue;
    }
    return parent.kind === 'Gateway' ? attachToGateway(ctx, parent, route, i) : attachToService(ctx, parent, route, i);
  }
  if (refused) recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', source: ctx.index.cite(route, 'spec.parentRefs'), reason: `${describe(route)} is not attached here: ${refused}.` });
  return null;
}

/** HTTPRoutes referencing the parent; for GAMMA, consumer routes of the client's namespace replace producer routes. */
export function attachRoutes(ctx: GatewayApiContext, parent: GatewayApiParent): AttachedRoute[] {
  const attached = httpRoutesOf(ctx.index.byKind('HTTPRoute')).map((r) => attachOne(ctx, parent, r)).filter((a): a is AttachedRoute => a !== null);
  if (parent.kind === 'Gateway') return attached;
  const consumer = attached.filter((a) => a.route.namespace !== parent.service.namespace);
  if (consumer.length === 0) return attached;
  for (const a of attached.filter((x) => !consumer.includes(x))) {
    recordStep(ctx.steps, { stage: 'visibility', decision: 'skipped', source: ctx.index.cite(a.route, 'metadata.namespace'), reason: `${describe(a.route)} (producer route) is not used by this client: consumer routes in ${ctx.sourceNamespace} take precedence (GAMMA).` });
  }
  return consumer;
}

/** Does `route` name this parent in any parentRef (attached or not)? Used to decide whether Gateway API applies. */
export function referencesParent(route: Resource, parent: GatewayApiParent): boolean {
  return asArray(getIn(route.object, 'spec', 'parentRefs')).some((ref) => parentRefMatches(ref, route, parent) !== null);
}

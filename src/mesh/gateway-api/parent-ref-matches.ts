// ParentReference defaults: group gateway.networking.k8s.io, kind Gateway, namespace of the route;
// sectionName and port narrow the attachment to one listener (Gateway) or one port (Service, GAMMA).
import { asObject, asString, type JsonObject, type Resource } from '../model.js';
import { GATEWAY_API_GROUP } from './gateway-api-group.js';
import type { GatewayApiParent } from './types.js';

export interface ParentRefCheck { attached: boolean; reason: string }

function refTarget(ref: JsonObject, route: Resource): { group: string; kind: string; namespace: string; name: string } {
  return {
    group: asString(ref.group) ?? GATEWAY_API_GROUP,
    kind: asString(ref.kind) ?? 'Gateway',
    namespace: asString(ref.namespace) ?? route.namespace ?? '',
    name: asString(ref.name) ?? '',
  };
}

/** Does parentRef `raw` of `route` point at `parent`? null when it names another object entirely. */
export function parentRefMatches(raw: unknown, route: Resource, parent: GatewayApiParent): ParentRefCheck | null {
  const ref = asObject(raw);
  if (!ref) return null;
  const t = refTarget(ref, route);
  const sectionName = asString(ref.sectionName);
  const port = typeof ref.port === 'number' ? ref.port : null;
  if (parent.kind === 'Gateway') {
    const g = parent.gateway;
    if (t.group !== GATEWAY_API_GROUP || t.kind !== 'Gateway' || t.namespace !== g.namespace || t.name !== g.name) return null;
    const l = parent.listener;
    if (sectionName !== undefined && sectionName !== l.name) return { attached: false, reason: `its parentRef names sectionName ${sectionName}, not listener ${l.name}` };
    if (port !== null && port !== l.port) return { attached: false, reason: `its parentRef names port ${port}, not the listener's port ${l.port}` };
    return { attached: true, reason: sectionName ? `its parentRef names listener ${l.name}` : `its parentRef names Gateway ${g.namespace}/${g.name} without sectionName, so it attaches to every listener that admits it` };
  }
  const s = parent.service;
  if (t.group !== '' || t.kind !== 'Service' || t.namespace !== s.namespace || t.name !== s.name) return null;
  if (port !== null && port !== parent.port.port) return { attached: false, reason: `its parentRef names port ${port}, not port ${parent.port.port} of Service ${s.namespace}/${s.name}` };
  if (sectionName !== undefined && sectionName !== parent.port.name) return { attached: false, reason: `its parentRef names sectionName ${sectionName}, not port ${parent.port.name ?? parent.port.port}` };
  return { attached: true, reason: `its parentRef names Service ${s.namespace}/${s.name}${port !== null ? ` port ${port}` : ' (all ports)'}` };
}

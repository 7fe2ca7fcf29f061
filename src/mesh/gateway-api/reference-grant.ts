// ReferenceGrant: a backendRef into another namespace is allowed only when a ReferenceGrant in the target
// namespace lets HTTPRoutes of the route's namespace refer to that Service (or to every Service).
import { asArray, asObject, asString, getIn, type Resource } from '../model.js';
import type { MeshIndex } from '../index/types.js';
import { GATEWAY_API_GROUP, isGatewayApi } from './gateway-api-group.js';

function fromMatches(raw: unknown, routeNamespace: string): boolean {
  const f = asObject(raw);
  return asString(f?.group) === GATEWAY_API_GROUP && asString(f?.kind) === 'HTTPRoute' && asString(f?.namespace) === routeNamespace;
}

function toMatches(raw: unknown, serviceName: string): boolean {
  const t = asObject(raw);
  const name = asString(t?.name);
  return (asString(t?.group) ?? '') === '' && asString(t?.kind) === 'Service' && (name === undefined || name === serviceName);
}

/** The ReferenceGrant that allows it, or null. */
export function findReferenceGrant(index: MeshIndex, route: Resource, namespace: string, serviceName: string): Resource | null {
  const grants = index.byKind('ReferenceGrant').filter((g) => isGatewayApi(g) && g.namespace === namespace);
  return grants.find((g) => asArray(getIn(g.object, 'spec', 'from')).some((f) => fromMatches(f, route.namespace ?? ''))
    && asArray(getIn(g.object, 'spec', 'to')).some((t) => toMatches(t, serviceName))) ?? null;
}

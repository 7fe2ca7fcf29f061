// Listener.allowedRoutes: which namespaces (Same by default, All, Selector, None) and kinds may attach.
import { asArray, asObject, asString, getIn, type Resource } from '../model.js';
import type { MeshIndex } from '../index/types.js';
import { GATEWAY_API_GROUP } from './gateway-api-group.js';
import { labelSelectorMatches } from './label-selector-matches.js';
import { namespaceLabels } from './namespace-labels.js';
import type { ListenerInfo } from './types.js';

export interface Admission { allowed: boolean; reason: string; fieldPath: string }

function kindAllowed(gateway: Resource, listener: ListenerInfo): Admission | null {
  const fieldPath = `${listener.fieldPath}.allowedRoutes.kinds`;
  const kinds = asArray(getIn(gateway.object, 'spec', 'listeners', listener.index, 'allowedRoutes', 'kinds'));
  if (kinds.length === 0) return null;
  const ok = kinds.some((k) => asString(asObject(k)?.kind) === 'HTTPRoute' && (asString(asObject(k)?.group) ?? GATEWAY_API_GROUP) === GATEWAY_API_GROUP);
  return ok ? null : { allowed: false, fieldPath, reason: `listener ${listener.name} allows only other route kinds (allowedRoutes.kinds)` };
}

export function admitRoute(index: MeshIndex, gateway: Resource, listener: ListenerInfo, route: Resource): Admission {
  const byKind = kindAllowed(gateway, listener);
  if (byKind) return byKind;
  const base = `${listener.fieldPath}.allowedRoutes.namespaces`;
  const namespaces = asObject(getIn(gateway.object, 'spec', 'listeners', listener.index, 'allowedRoutes', 'namespaces'));
  const from = asString(namespaces?.from) ?? 'Same';
  const routeNamespace = route.namespace ?? '';
  const defaulted = namespaces?.from === undefined ? ' (the default)' : '';
  switch (from) {
    case 'All':
      return { allowed: true, fieldPath: `${base}.from`, reason: `listener ${listener.name} accepts routes from all namespaces` };
    case 'Same': {
      const allowed = routeNamespace === gateway.namespace;
      return { allowed, fieldPath: `${base}.from`, reason: `listener ${listener.name} accepts routes from its own namespace ${gateway.namespace} only (allowedRoutes from: Same${defaulted})${allowed ? '' : `, and the route lives in ${routeNamespace}`}` };
    }
    case 'Selector': {
      const allowed = labelSelectorMatches(namespaces?.selector, namespaceLabels(index, routeNamespace));
      return { allowed, fieldPath: `${base}.selector`, reason: `namespace ${routeNamespace} ${allowed ? 'matches' : 'does not match'} the namespace selector of listener ${listener.name} (allowedRoutes from: Selector)` };
    }
    default:
      return { allowed: false, fieldPath: `${base}.from`, reason: `listener ${listener.name} accepts no routes (allowedRoutes from: ${from})` };
  }
}

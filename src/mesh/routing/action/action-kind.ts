import { asArray, asObject, type JsonObject } from '../../model.js';

export type ActionKind = 'redirect' | 'directResponse' | 'route' | 'delegate' | 'none';

/** R4.1.2: `redirect` wins over `directResponse`, which wins over `route`; `delegate` hands over to another VirtualService (R2.7). */
export function actionKind(route: JsonObject): ActionKind {
  if (asObject(route.redirect)) return 'redirect';
  if (asObject(route.directResponse)) return 'directResponse';
  if (asArray(route.route).length > 0) return 'route';
  if (asObject(route.delegate)) return 'delegate';
  return 'none';
}

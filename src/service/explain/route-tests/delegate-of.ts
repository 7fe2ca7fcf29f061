import { asString, getIn } from '../../../mesh/model.js';
import type { MeshIndex } from '../../../mesh/index/types.js';
import type { RoutePath } from '../../../mesh/routing/types.js';

type Named = { namespace: string | null; name: string };

/**
 * The delegate VirtualService (R2.7) that holds the matched route, or null. The matched step cites the
 * delegate's own YAML, or the root's `spec.http[i].match` when the delegate route inherits the root's match;
 * then the root route's `delegate` field names it.
 */
export function delegateOf(path: RoutePath, index: MeshIndex | null): Named | null {
  const root = path.virtualService;
  const matched = path.steps.find((s) => s.stage === 'match' && s.decision === 'matched')?.source;
  if (!root || !matched || matched.kind !== 'VirtualService') return null;
  if (matched.name !== root.name || matched.namespace !== root.namespace) return { namespace: matched.namespace, name: matched.name };
  const routeIndex = /^spec\.http\[(\d+)\]/.exec(matched.field)?.[1];
  const rootInfo = index?.virtualService(root.namespace, root.name);
  if (!rootInfo || routeIndex === undefined) return null;
  const delegate = getIn(rootInfo.resource.object, 'spec', 'http', Number(routeIndex), 'delegate');
  const name = asString(getIn(delegate, 'name'));
  return name ? { namespace: asString(getIn(delegate, 'namespace')) ?? root.namespace, name } : null;
}

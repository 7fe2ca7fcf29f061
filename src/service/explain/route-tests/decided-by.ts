import type { RoutePath, RouteStep } from '../../../mesh/routing/types.js';

/** `VirtualService default/reviews, route 0 at reviews.yaml:9`: the route that decided, with its line. */
export function decidedBy(path: RoutePath): string {
  const matched = findStep(path, (s) => s.stage === 'match' && s.decision === 'matched');
  const at = matched?.source ? ` at ${matched.source.file}:${matched.source.line}` : '';
  if (path.virtualService) {
    const { namespace, name } = path.virtualService;
    const route = path.route ? `route ${path.route.index}${path.route.name ? ` "${path.route.name}"` : ''}` : 'no route matched';
    return `VirtualService ${namespace}/${name}, ${route}${at}`;
  }
  const last = findLast(path.steps, (s) => s.source !== null && s.stage !== 'kubernetes');
  const cited = last?.source ? ` (${last.source.kind} ${last.source.namespace ? `${last.source.namespace}/` : ''}${last.source.name} at ${last.source.file}:${last.source.line})` : '';
  return `no VirtualService: ${path.outcome}${cited}`;
}

function findStep(path: RoutePath, predicate: (s: RouteStep) => boolean): RouteStep | undefined {
  return path.steps.find(predicate);
}

function findLast(steps: readonly RouteStep[], predicate: (s: RouteStep) => boolean): RouteStep | undefined {
  for (let i = steps.length - 1; i >= 0; i--) if (predicate(steps[i])) return steps[i];
  return undefined;
}

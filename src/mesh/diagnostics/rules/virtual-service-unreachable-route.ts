// R3.1.1, R3.1.3: first match wins and a catch-all ends the VirtualService, so later routes are never emitted.
import { defineRule } from '../define-rule.js';
import { analyzeVirtualServiceRoutes } from '../support/route-reachability.js';

export const virtualServiceUnreachableRoute = defineRule('MX0008', {
  description: 'No http/tcp/tls route may follow a catch-all route, and a route must have a match not used by earlier routes.',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const spec = virtualService.resource.object.spec;
      for (const route of analyzeVirtualServiceRoutes(spec).unreachable) {
        const fieldPath = `spec.${route.section}[${route.routeIndex}]`;
        ctx.report({
          resource: virtualService.resource,
          fieldPath,
          message: `Route ${route.routeIndex} of ${route.section} is never used: ${route.reason}.`,
          symptom: 'requests meant for this route are answered by an earlier route',
          fix: route.causeRouteIndex !== null
            ? `Move route ${route.causeRouteIndex} (the catch-all) to the end, or give it a narrower match.`
            : 'Remove the route, or change its matches so they differ from the earlier routes.',
          rules: ['R3.1.1', 'R3.1.3'],
          related: route.causeRouteIndex !== null ? [{ resource: virtualService.resource, fieldPath: `spec.${route.section}[${route.causeRouteIndex}]` }] : [],
        });
      }
    }
  },
});

// R3.1.1, R3.1.2: a match identical to, or covered by, an earlier one never decides anything.
import { defineRule } from '../define-rule.js';
import { analyzeVirtualServiceRoutes } from '../support/route-reachability.js';

export const virtualServiceIneffectiveMatch = defineRule('MX0009', {
  description: 'A match must not repeat (or be covered by the uri prefix of) an earlier match of the same VirtualService.',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const spec = virtualService.resource.object.spec;
      for (const match of analyzeVirtualServiceRoutes(spec).ineffective) {
        ctx.report({
          resource: virtualService.resource,
          fieldPath: `spec.${match.section}[${match.routeIndex}].match[${match.matchIndex}]`,
          message: `Match ${match.matchIndex} of ${match.section} route ${match.routeIndex} never decides anything: ${match.reason}.`,
          symptom: 'requests this match describes are taken by the earlier route',
          fix: 'Remove the match, or put the more specific match first.',
          rules: ['R3.1.1', 'R3.1.2'],
          related: [{ resource: virtualService.resource, fieldPath: `spec.${match.section}[${match.causeRouteIndex}]` }],
        });
      }
    }
  },
});

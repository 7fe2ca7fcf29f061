// R4.2.1: a single destination gets 100% of the traffic whatever its weight says.
import { getIn } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { routeEntries } from '../support/route-sections.js';

export const virtualServiceSingleDestinationWeight = defineRule('MX0010', {
  description: 'A route with a single destination should not set a weight between 0 and 100 (it is ignored).',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      for (const { section, index, destinations } of routeEntries(virtualService)) {
        const weight = getIn(destinations[0], 'weight');
        if (destinations.length !== 1 || typeof weight !== 'number' || weight <= 0 || weight >= 100) continue;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: `spec.${section}[${index}].route[0].weight`,
          message: `The only destination of ${section} route ${index} has weight ${weight}, but a single destination always receives 100% of the traffic.`,
          symptom: `all matching requests go to this destination, not ${weight}%`,
          fix: 'Add the other destinations the remaining traffic should go to, or remove the weight.',
          rules: ['R4.2.1'],
        });
      }
    }
  },
});

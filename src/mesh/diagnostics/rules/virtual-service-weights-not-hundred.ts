// R4.2.2: several destinations: weight 0/omitted gets nothing, the rest get weight / sum(weights).
import { getIn } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { routeEntries } from '../support/route-sections.js';

function share(weight: number, sum: number): string {
  return `${Math.round((weight / sum) * 1000) / 10}%`;
}

export const virtualServiceWeightsNotHundred = defineRule('MX0011', {
  description: 'The weights of a route with several destinations should add up to 100.',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      for (const { section, index, destinations } of routeEntries(virtualService)) {
        if (destinations.length < 2) continue;
        const weights = destinations.map((d) => { const w = getIn(d, 'weight'); return typeof w === 'number' && w > 0 ? w : 0; });
        const sum = weights.reduce((a, b) => a + b, 0);
        if (sum === 100) continue;
        const effect = sum === 0
          ? 'all weights are 0 or omitted, which Istio rejects ("total destination weight = 0")'
          : `they add up to ${sum}, so the destinations get ${weights.map((w) => share(w, sum)).join(', ')}`;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: `spec.${section}[${index}].route`,
          message: `The weights of ${section} route ${index} are ${weights.join(', ')}: ${effect}.`,
          symptom: sum === 0 ? 'the VirtualService is rejected and does not apply' : 'the traffic split differs from the written numbers',
          fix: 'Make the weights add up to 100.',
          rules: ['R4.2.2'],
        });
      }
    }
  },
});

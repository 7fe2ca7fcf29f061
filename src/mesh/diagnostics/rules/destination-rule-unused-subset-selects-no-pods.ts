// R5.6.1: a subset nobody routes to that selects no Pod: harmless today, 503 UH as soon as a route uses it.
import { describeRef } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { describeLabels, emptySubsets } from '../support/empty-subsets.js';

export const destinationRuleUnusedSubsetSelectsNoPods = defineRule('MX0030', {
  description: 'A subset no VirtualService routes to selects no Pod of the host\'s Service (503 UH once a route uses it).',
  inputs: ['DestinationRule', 'Service', 'ServiceEntry', 'Pod', 'Node', 'VirtualService'],
  check(ctx) {
    for (const { rule, subset, service, referenced } of emptySubsets(ctx.index)) {
      if (referenced) continue;
      ctx.report({
        resource: rule.resource,
        fieldPath: subset.fieldPath || `spec.subsets[${rule.subsets.indexOf(subset)}]`,
        message: `Subset ${subset.name} (${describeLabels(subset.labels)}) selects no Pod of ${describeRef(service.resource)}; no VirtualService routes to it yet.`,
        symptom: 'none today; a route to this subset would get 503 with response flag UH',
        fix: 'Deploy the pods of that version, fix the subset labels, or remove the subset.',
        rules: ['R5.6.1', 'R5.6.2'],
        related: [{ resource: service.resource, fieldPath: 'spec.selector' }],
      });
    }
  },
});

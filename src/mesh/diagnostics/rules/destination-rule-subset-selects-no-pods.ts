// R5.6.1, R5.6.2: a routed subset whose pods (Service selector + subset labels) do not exist answers 503 UH.
import { describeRef } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { describeLabels, emptySubsets } from '../support/empty-subsets.js';

export const destinationRuleSubsetSelectsNoPods = defineRule('MX0020', {
  description: 'A subset that a VirtualService routes to must select at least one Pod of the host\'s Service.',
  inputs: ['DestinationRule', 'Service', 'ServiceEntry', 'Pod', 'Node', 'VirtualService'],
  check(ctx) {
    for (const { rule, subset, service, referenced } of emptySubsets(ctx.index)) {
      if (!referenced) continue;
      ctx.report({
        resource: rule.resource,
        fieldPath: subset.fieldPath || `spec.subsets[${rule.subsets.indexOf(subset)}]`,
        message: `Subset ${subset.name} (${describeLabels(subset.labels)}) is routed to but selects no Pod of ${describeRef(service.resource)} (selector ${service.selector ? describeLabels(service.selector) : 'none'}).`,
        symptom: 'requests routed to this subset get 503 with response flag UH (no healthy upstream)',
        fix: 'Make the subset labels match the labels of the pod template of the version you mean (e.g. version: v1), or deploy those pods.',
        rules: ['R5.6.1', 'R5.6.2'],
        related: [{ resource: service.resource, fieldPath: 'spec.selector' }],
      });
    }
  },
});

// R1.1.4, R5.5.5: a DestinationRule whose host names no Service or ServiceEntry is ignored.
import { hostServices } from '../../relationships/index.js';
import { defineRule } from '../define-rule.js';

export const destinationRuleHostNotFound = defineRule('MX0019', {
  description: 'A DestinationRule host (expanded in its namespace) must match a Service or ServiceEntry.',
  inputs: ['DestinationRule', 'Service', 'ServiceEntry'],
  check(ctx) {
    for (const rule of ctx.index.destinationRules) {
      const found = hostServices(ctx.index, rule);
      if (found.status !== 'MISSING') continue;
      ctx.report({
        resource: rule.resource,
        fieldPath: 'spec.host',
        message: `DestinationRule host ${rule.host}${rule.hostRaw.toLowerCase() !== rule.host ? ` ("${rule.hostRaw}" expanded in namespace ${rule.namespace})` : ''} matches no Service or ServiceEntry, so the rule is ignored.`,
        symptom: 'its subsets and traffic policies never apply; routes to its subsets get 503 NC',
        fix: 'Use the host of an existing Service (short names resolve in the DestinationRule namespace) or ServiceEntry.',
        rules: ['R1.1.4', 'R5.5.5'],
      });
    }
  },
});

// R5.5.1: a client looks in its own namespace, the service's namespace, then istio-system; exportTo only adds visibility.
import { defineRule } from '../define-rule.js';
import { destinationRuleUsage } from '../support/destination-rule-usage.js';

export const destinationRuleNotOnLookupPath = defineRule('MX0021', {
  description: 'Some client of the set must find the DestinationRule on its lookup path (its namespace, the service namespace, istio-system).',
  inputs: ['DestinationRule', 'Service', 'ServiceEntry', 'Pod', 'Gateway'],
  check(ctx) {
    for (const rule of ctx.index.destinationRules) {
      const usage = destinationRuleUsage(ctx.index, rule);
      if (!usage || usage.used || usage.shadowedBy) continue;
      ctx.report({
        resource: rule.resource,
        fieldPath: 'metadata.namespace',
        message: `No client of the set (pods in ${usage.clients.join(', ')}) finds DestinationRule ${rule.namespace}/${rule.name}: it is neither in their namespace nor in the host's namespace or istio-system, or not exported to them.`,
        symptom: 'its subsets and traffic policies do not apply to these clients; routes to its subsets get 503 NC',
        fix: `Move the DestinationRule to the namespace of the Service (exported to the callers) or to the callers' namespace.`,
        rules: ['R5.5.1', 'R2.3.1'],
      });
    }
  },
});

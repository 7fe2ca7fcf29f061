// R5.5.1, R5.5.2, R5.5.4: the first namespace on the lookup path with a match wins, most specific host first.
import { defineRule } from '../define-rule.js';
import { destinationRuleUsage } from '../support/destination-rule-usage.js';

export const destinationRuleShadowed = defineRule('MX0022', {
  description: 'A DestinationRule that clients could find must not be hidden by another rule found first on their lookup path.',
  inputs: ['DestinationRule', 'Service', 'ServiceEntry', 'Pod', 'Gateway'],
  check(ctx) {
    for (const rule of ctx.index.destinationRules) {
      const usage = destinationRuleUsage(ctx.index, rule);
      if (!usage || usage.used || !usage.shadowedBy) continue;
      const { clientNamespace, host, winner } = usage.shadowedBy;
      const primary = winner.rules[0];
      ctx.report({
        resource: rule.resource,
        fieldPath: 'spec.host',
        message: `Clients in ${clientNamespace} use DestinationRule ${primary.namespace}/${primary.name} (host ${winner.host}, found at the ${winner.step} step) for ${host}, so this rule never applies.`,
        symptom: 'its subsets and traffic policies are ignored; routes to subsets only it defines get 503 NC',
        fix: `Merge this rule into ${primary.namespace}/${primary.name}, or remove the rule that shadows it.`,
        rules: ['R5.5.1', 'R5.5.2', 'R5.5.4'],
        related: [{ resource: primary.resource, fieldPath: 'spec.host' }],
      });
    }
  },
});

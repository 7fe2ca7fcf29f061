// R5.3.1, R5.5.1, R5.6.3: a subset exists only if the DestinationRule each caller finds for the host defines it.
import { describeRef } from '../../model.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { destinationRuleFor, subsetOf, type DestinationRuleChoice } from '../../relationships/index.js';
import { defineRule, type RuleDefinition } from '../define-rule.js';
import { clientNamespaces } from '../support/client-namespaces.js';
import { virtualServiceDestinations, type VirtualServiceDestination } from '../support/destinations.js';

type Context = Parameters<RuleDefinition['check']>[0];

function describeMisses(misses: DestinationRuleChoice[], subset: string): string {
  return misses.map((choice) => {
    const rule = choice.rule?.rules[0];
    return rule
      ? `clients in ${choice.clientNamespace} use ${describeRef(rule.resource)}, which has no subset ${subset}`
      : `clients in ${choice.clientNamespace} find no DestinationRule for ${choice.host}`;
  }).join('; ');
}

function checkDestination(ctx: Context, virtualService: VirtualServiceInfo, destination: VirtualServiceDestination, namespaces: string[]): void {
  const subset = destination.subset;
  if (!subset || destination.host === '') return;
  const misses = namespaces.map((ns) => destinationRuleFor(ctx.index, destination.host, ns)).filter((c) => !subsetOf(c.rule, subset));
  if (misses.length === 0) return;
  const rules = [...new Set(misses.flatMap((m) => m.rule?.rules ?? []))];
  ctx.report({
    resource: virtualService.resource,
    fieldPath: `${destination.fieldPath}.subset`,
    message: `Subset ${subset} of ${destination.host} is not defined: ${describeMisses(misses, subset)}.`,
    symptom: destination.mirror ? 'mirrored copies are dropped (no such cluster)' : 'requests sent to this destination get 503 with response flag NC (cluster not found)',
    fix: `Define subset ${subset} (with the version labels of its pods) in a DestinationRule for ${destination.host} that these clients find: in their namespace, the Service's namespace, or istio-system.`,
    rules: ['R5.3.1', 'R5.5.1', 'R5.6.3', 'R4.13.1'],
    related: rules.map((rule) => ({ resource: rule.resource, fieldPath: 'spec.subsets' })),
    kialiCode: destination.mirror ? null : 'KIA1107',
  });
}

export const virtualServiceSubsetNotFound = defineRule('MX0004', {
  description: 'Every destination subset must be defined by the DestinationRule that the VirtualService\'s callers find for the host.',
  inputs: ['VirtualService', 'DestinationRule', 'Service', 'ServiceEntry', 'Pod', 'Gateway'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const { namespaces } = clientNamespaces(ctx.index, virtualService);
      for (const destination of virtualServiceDestinations(virtualService)) checkDestination(ctx, virtualService, destination, namespaces);
    }
  },
});

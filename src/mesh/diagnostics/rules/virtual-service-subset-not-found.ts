// R5.3.1, R5.5.1, R5.6.3: a subset exists only if the DestinationRule each caller finds for the host defines it.
import { describeRef } from '../../model.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { destinationRulesByNamespace, subsetOf, type MergedDestinationRule } from '../../relationships/index.js';
import { defineRule, type RuleDefinition } from '../define-rule.js';
import { clientNamespaces } from '../support/client-namespaces.js';
import { virtualServiceDestinations, type VirtualServiceDestination } from '../support/destinations.js';

type Context = Parameters<RuleDefinition['check']>[0];

interface Miss { clientNamespace: string; rule: MergedDestinationRule | null }

function describeMisses(misses: Miss[], host: string, subset: string): string {
  return misses.map(({ clientNamespace, rule }) => (rule
    ? `clients in ${clientNamespace} use ${describeRef(rule.rules[0].resource)}, which has no subset ${subset}`
    : `clients in ${clientNamespace} find no DestinationRule for ${host}`)).join('; ');
}

/**
 * Callers grouped by namespace: namespaces outside `deciding` share one answer, so when that answer has the subset
 * only the deciding namespaces among the callers (sorted, like `namespaces`) are looked up one by one.
 */
function missesOf(ctx: Context, host: string, subset: string, namespaces: readonly string[]): Miss[] {
  const rules = destinationRulesByNamespace(ctx.index, host);
  const othersHaveIt = subsetOf(rules.others, subset) !== undefined;
  const asked = othersHaveIt ? [...rules.deciding].filter((ns) => namespaces.includes(ns)).sort() : namespaces;
  const misses: Miss[] = [];
  for (const clientNamespace of asked) {
    const rule = rules.of(clientNamespace);
    if (!subsetOf(rule, subset)) misses.push({ clientNamespace, rule });
  }
  return misses;
}

function checkDestination(ctx: Context, virtualService: VirtualServiceInfo, destination: VirtualServiceDestination, namespaces: readonly string[]): void {
  const subset = destination.subset;
  if (!subset || destination.host === '') return;
  const host = destination.host.toLowerCase();
  const misses = missesOf(ctx, host, subset, namespaces);
  if (misses.length === 0) return;
  const rules = [...new Set(misses.flatMap((m) => m.rule?.rules ?? []))];
  ctx.report({
    resource: virtualService.resource,
    fieldPath: `${destination.fieldPath}.subset`,
    message: `Subset ${subset} of ${destination.host} is not defined: ${describeMisses(misses, host, subset)}.`,
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

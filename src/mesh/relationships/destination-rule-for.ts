// Which DestinationRule a client uses for a host (R5.5.1-R5.5.4), with every candidate and why.
import { ISTIO_ROOT_NAMESPACE, type Labels } from '../model.js';
import { hostMatches, isExportedTo, mostSpecificMatch } from '../hosts.js';
import type { DestinationRuleInfo, MeshIndex, SubsetInfo } from '../index/types.js';
import { labelsContain, lookups } from './index-lookups.js';

export type DestinationRuleLookupStep = 'client-namespace' | 'service-namespace' | 'root-namespace';

export interface DestinationRuleCandidate {
  rule: DestinationRuleInfo;
  used: boolean;
  /** The lookup step that looked at this rule's namespace, or null when it is not on the lookup path. */
  step: DestinationRuleLookupStep | null;
  reason: string;
}

export interface MergedSubset { subset: SubsetInfo; rule: DestinationRuleInfo }

export interface MergedDestinationRule {
  /** The DestinationRule host that matched (may be a wildcard). */
  host: string;
  namespace: string;
  step: DestinationRuleLookupStep;
  /** Merged rules, oldest first (R5.5.4); the first one is the primary. */
  rules: DestinationRuleInfo[];
  /** Concatenated subsets; a duplicate name keeps the first definition (R5.5.4). */
  subsets: MergedSubset[];
  trafficPolicy: unknown;
  trafficPolicyRule: DestinationRuleInfo | null;
  workloadSelector: Labels | null;
}

export interface DestinationRuleChoice {
  host: string;
  clientNamespace: string;
  rule: MergedDestinationRule | null;
  candidates: DestinationRuleCandidate[];
  reason: string;
}

interface PathStep { namespace: string; step: DestinationRuleLookupStep }

/** R5.5.1: client namespace, then the service's namespace(s), then the root namespace. */
export function lookupPath(index: MeshIndex, host: string, clientNamespace: string): PathStep[] {
  const path: PathStep[] = [{ namespace: clientNamespace, step: 'client-namespace' }];
  for (const namespace of serviceNamespaces(index, host)) addStep(path, namespace, 'service-namespace');
  addStep(path, ISTIO_ROOT_NAMESPACE, 'root-namespace');
  return path;
}

/** The Service's namespace, else the ServiceEntries' namespaces, else the namespace a `name.ns.svc.<suffix>` host names. */
function serviceNamespaces(index: MeshIndex, host: string): string[] {
  const service = index.serviceByFqdn(host);
  if (service) return [service.namespace];
  const entries = index.serviceEntriesForHost(host);
  if (entries.length > 0) return entries.map((e) => e.namespace);
  const tail = `.svc.${index.domainSuffix}`;
  if (!host.endsWith(tail)) return [];
  const labels = host.slice(0, -tail.length).split('.');
  return labels.length === 2 && labels[1] !== '' ? [labels[1]] : [];
}

function addStep(path: PathStep[], namespace: string, step: DestinationRuleLookupStep): void {
  for (const p of path) if (p.namespace === namespace) return;
  path.push({ namespace, step });
}

/** Why a rule is not visible to the client, or null when it is (R2.3, R5.5.3). */
export function invisibility(rule: DestinationRuleInfo, clientNamespace: string, clientLabels: Labels | null): string | null {
  if (rule.workloadSelector) {
    if (rule.namespace !== clientNamespace) return `its workloadSelector makes it apply only to workloads in ${rule.namespace}, and it is never exported (R5.5.3)`;
    if (!clientLabels) return 'it has a workloadSelector and no client labels were given (R5.5.3)';
    if (!labelsContain(clientLabels, rule.workloadSelector)) return 'its workloadSelector does not match the client labels (R5.5.3)';
    return null;
  }
  if (!isExportedTo(rule.exportTo, rule.namespace, clientNamespace)) return `it is not exported to ${clientNamespace} (exportTo ${JSON.stringify(rule.exportTo)}, R2.3.1)`;
  return null;
}

function merge(pool: DestinationRuleInfo[], at: PathStep): MergedDestinationRule {
  const exportKey = (r: DestinationRuleInfo) => [...r.exportTo].sort().join(',');
  const rules = pool.filter((r) => exportKey(r) === exportKey(pool[0])); // R5.5.4: different exportTo are not merged
  const subsets: MergedSubset[] = [];
  for (const rule of rules) for (const subset of rule.subsets) if (!subsets.some((s) => s.subset.name === subset.name)) subsets.push({ subset, rule });
  const trafficPolicyRule = rules.find((r) => r.trafficPolicy !== null) ?? null;
  return {
    host: rules[0].host, namespace: at.namespace, step: at.step, rules, subsets,
    trafficPolicy: trafficPolicyRule?.trafficPolicy ?? null, trafficPolicyRule, workloadSelector: rules[0].workloadSelector,
  };
}

function choose(index: MeshIndex, host: string, path: PathStep[], clientNamespace: string, labels: Labels | null): MergedDestinationRule | null {
  for (const at of path) {
    const applicable = lookups(index).destinationRulesCovering(at.namespace, host).filter((r) => invisibility(r, clientNamespace, labels) === null);
    if (applicable.length === 0) continue;
    const best = mostSpecificMatch(host, applicable.map((r) => r.host)); // R5.5.2
    const atBest = applicable.filter((r) => r.host === best);
    const withSelector = atBest.filter((r) => r.workloadSelector !== null); // R5.5.3: preferred
    return merge(withSelector.length > 0 ? withSelector : atBest, at);
  }
  return null;
}

function explain(rule: DestinationRuleInfo, chosen: MergedDestinationRule | null, path: PathStep[], clientNamespace: string, labels: Labels | null): string {
  if (chosen?.rules.includes(rule)) {
    return chosen.rules.length > 1 ? `used: merged with ${chosen.rules.length - 1} other rule(s) for ${chosen.host} in ${chosen.namespace} (R5.5.4)` : `used: found at the ${chosen.step} step (R5.5.1)`;
  }
  const position = path.findIndex((p) => p.namespace === rule.namespace);
  if (position < 0) return `not looked at: ${rule.namespace} is not the client's, the service's or the root namespace (R5.5.1)`;
  const chosenPosition = chosen ? path.findIndex((p) => p.namespace === chosen.namespace) : path.length;
  if (position > chosenPosition) return `not looked at: the lookup stopped at namespace ${chosen?.namespace} (R5.5.1)`;
  const hidden = invisibility(rule, clientNamespace, labels);
  if (hidden) return `not used: ${hidden}`;
  if (chosen && rule.host !== chosen.host) return `not used: host ${rule.host} is less specific than ${chosen.host} (R5.5.2)`;
  if (chosen?.workloadSelector && !rule.workloadSelector) return 'not used: a rule whose workloadSelector matches the client is preferred (R5.5.3)';
  return 'not used: its exportTo differs from the chosen rule, so Istio keeps it separate (R5.5.4)';
}

/** Only the rule destinationRuleFor chooses, without the candidates and reasons (for callers that ask many times). */
export function chosenDestinationRule(index: MeshIndex, host: string, clientNamespace: string, clientLabels?: Labels | null): MergedDestinationRule | null {
  const h = host.toLowerCase();
  return choose(index, h, lookupPath(index, h, clientNamespace), clientNamespace, clientLabels ?? null);
}

export function destinationRuleFor(index: MeshIndex, host: string, clientNamespace: string, clientLabels?: Labels | null): DestinationRuleChoice {
  const h = host.toLowerCase();
  const labels = clientLabels ?? null;
  const path = lookupPath(index, h, clientNamespace);
  const rule = choose(index, h, path, clientNamespace, labels);
  const candidates = lookups(index).destinationRulesNear(h).filter((r) => hostMatches(r.host, h)).map((r) => ({
    rule: r, used: rule?.rules.includes(r) ?? false,
    step: path.find((p) => p.namespace === r.namespace)?.step ?? null,
    reason: explain(r, rule, path, clientNamespace, labels),
  }));
  const where = path.map((p) => p.namespace).join(', then ');
  const reason = rule
    ? `DestinationRule ${rule.rules[0].namespace}/${rule.rules[0].name} (host ${rule.host}) applies to clients in ${clientNamespace}: found in ${rule.namespace} at the ${rule.step} step (R5.5.1)`
    : `no DestinationRule for ${h} is visible to clients in ${clientNamespace} (looked in ${where}, R5.5.1)`;
  return { host: h, clientNamespace, rule, candidates, reason };
}

export function subsetOf(rule: MergedDestinationRule | null, name: string): MergedSubset | undefined {
  return rule?.subsets.find((s) => s.subset.name === name);
}

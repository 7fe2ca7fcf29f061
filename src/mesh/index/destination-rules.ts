// DestinationRules: host expanded in the rule's namespace (R1.1.4), subsets, exportTo, workloadSelector (R5.5.3).
import { asArray, asObject, asString, asStringMap, getIn, type Resource } from '../model.js';
import { resolveShortName } from '../hosts.js';
import type { DestinationRuleInfo, SubsetInfo } from './types.js';
import { specExportTo } from './export-to.js';

export function readDestinationRule(r: Resource, domainSuffix: string): DestinationRuleInfo {
  const namespace = r.namespace ?? 'default';
  const spec = getIn(r.object, 'spec');
  const hostRaw = asString(getIn(spec, 'host')) ?? '';
  const subsets: SubsetInfo[] = asArray(getIn(spec, 'subsets')).flatMap((raw, i) => {
    const o = asObject(raw);
    const name = asString(o?.name);
    if (!o || !name) return [];
    return [{ name, labels: asStringMap(o.labels), fieldPath: `spec.subsets[${i}]`, trafficPolicy: o.trafficPolicy ?? null }];
  });
  const selector = asStringMap(getIn(spec, 'workloadSelector', 'matchLabels'));
  return {
    resource: r, namespace, name: r.name, hostRaw, host: resolveShortName(hostRaw, namespace, domainSuffix), subsets,
    exportTo: specExportTo(r), workloadSelector: Object.keys(selector).length > 0 ? selector : null,
    creationTimestamp: r.creationTimestamp, trafficPolicy: getIn(spec, 'trafficPolicy') ?? null,
  };
}

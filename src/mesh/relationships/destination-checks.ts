// The checks behind a destination's status: port (R5.2.1, R5.2.2) and subset/pods (R5.6.1-R5.6.3).
import type { MeshIndex, PodInfo, ServicePortInfo } from '../index/types.js';
import { subsetOf, type DestinationRuleChoice, type MergedSubset } from './destination-rule-for.js';
import type { DestinationTarget } from './destination-target.js';
import { subsetPods } from './destination-rule-subsets.js';
import { servicePods } from './service-pods.js';

export interface PortCheck { servicePort: ServicePortInfo | null; missing: string | null; notes: string[] }

export function resolvePort(target: DestinationTarget, port: number | null): PortCheck {
  const service = target.service;
  if (service && service.type !== 'ExternalName') {
    if (port !== null) {
      const found = service.ports.find((p) => p.port === port);
      if (found) return { servicePort: found, missing: null, notes: [] };
      const known = service.ports.map((p) => p.port).join(', ') || 'none';
      return { servicePort: null, missing: `port ${port} is not a port of Service ${service.namespace}/${service.name} (ports: ${known}): no cluster, 503 NC (R5.2.2)`, notes: [] };
    }
    if (service.ports.length === 1) return { servicePort: service.ports[0], missing: null, notes: [`no port given: the Service's only port ${service.ports[0].port} is used (R5.2.1)`] };
    return { servicePort: null, missing: null, notes: [`no port given and the Service has ${service.ports.length} ports: the listener port is used (R5.2.1)`] };
  }
  const entryPorts = target.serviceEntries.flatMap((e) => e.ports.map((p) => p.number));
  if (port !== null && entryPorts.length > 0 && !entryPorts.includes(port)) {
    return { servicePort: null, missing: `port ${port} is not a port of the ServiceEntry for this host (ports: ${entryPorts.join(', ')}) (R5.2.2)`, notes: [] };
  }
  return { servicePort: null, missing: null, notes: [] };
}

export interface PodCheck { pods: PodInfo[]; subsetInfo: MergedSubset | null; missing: string | null; notes: string[] }

function readiness(pods: PodInfo[], what: string): PodCheck {
  const assumed = pods.some((p) => p.readinessAssumed) ? ['readiness of some pods is assumed (template pods or pods without status)'] : [];
  const missing = pods.length > 0 && !pods.some((p) => p.ready) ? `${what} selects ${pods.length} pod(s) but none is ready: 503 UH (R5.6.2)` : null;
  return { pods, subsetInfo: null, missing, notes: assumed };
}

export function checkPods(index: MeshIndex, target: DestinationTarget, subset: string | null, rule: DestinationRuleChoice | null): PodCheck {
  const service = target.service;
  if (subset) {
    if (!rule?.rule) return { pods: [], subsetInfo: null, missing: `subset ${subset} is used but ${rule?.reason ?? 'no DestinationRule applies'}: no cluster, 503 NC (R5.6.3)`, notes: [] };
    const found = subsetOf(rule.rule, subset);
    const ruleName = `${rule.rule.rules[0].namespace}/${rule.rule.rules[0].name}`;
    if (!found) return { pods: [], subsetInfo: null, missing: `subset ${subset} is not defined in DestinationRule ${ruleName}: no cluster, 503 NC (R5.6.3)`, notes: [] };
    if (!service) return { pods: [], subsetInfo: found, missing: null, notes: ['ServiceEntry destination: its endpoints are outside the set'] };
    const pods = subsetPods(index, service, found.subset.labels);
    if (pods.length === 0) return { pods, subsetInfo: found, missing: `subset ${subset} of DestinationRule ${ruleName} selects no pod of Service ${service.namespace}/${service.name} (R5.6.1): 503 UH (R5.6.2)`, notes: [] };
    return { ...readiness(pods, `subset ${subset}`), subsetInfo: found };
  }
  if (!service) return { pods: [], subsetInfo: null, missing: null, notes: ['ServiceEntry destination: its endpoints are outside the set'] };
  const selected = servicePods(index, service);
  if (selected.pods.length === 0 && service.type !== 'ExternalName') return { pods: [], subsetInfo: null, missing: `Service ${service.namespace}/${service.name} has no endpoints: ${selected.reason}`, notes: [] };
  return readiness(selected.pods, `Service ${service.namespace}/${service.name}`);
}

// R7.1.3, R7.3.1: Gateways selecting the same Pods are merged; the same host on the same port conflicts.
import { hostsOverlap } from '../../hosts.js';
import type { GatewayInfo, GatewayServerInfo, MeshIndex } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { gatewayPods, istioGateways } from '../support/gateway-pods.js';

function sharePods(index: MeshIndex, a: GatewayInfo, b: GatewayInfo): boolean {
  const podsOfA = new Set(gatewayPods(index, a));
  const podsOfB = gatewayPods(index, b);
  if (podsOfA.size === 0 && podsOfB.length === 0) return JSON.stringify(Object.entries(a.selector).sort()) === JSON.stringify(Object.entries(b.selector).sort());
  return podsOfB.some((p) => podsOfA.has(p));
}

function clash(a: GatewayServerInfo, b: GatewayServerInfo): string | null {
  if (!(a.port.number > 0) || a.port.number !== b.port.number || (a.bind ?? '') !== (b.bind ?? '')) return null;
  for (const ha of a.hosts) for (const hb of b.hosts) if (hostsOverlap(ha.dnsName, hb.dnsName)) return ha.dnsName;
  return null;
}

function firstClash(a: GatewayInfo, b: GatewayInfo): { server: GatewayServerInfo; host: string } | null {
  for (const sa of a.servers) for (const sb of b.servers) {
    const host = clash(sa, sb);
    if (host) return { server: sa, host };
  }
  return null;
}

export const gatewayConflictingServers = defineRule('MX0025', {
  description: 'Gateways that select the same Pods must not declare overlapping hosts on the same port.',
  inputs: ['Gateway', 'Pod'],
  check(ctx) {
    const gateways = istioGateways(ctx.index);
    for (const gateway of gateways) {
      const rivals = gateways.filter((other) => other !== gateway && sharePods(ctx.index, gateway, other) && firstClash(gateway, other));
      if (rivals.length === 0) continue;
      const found = firstClash(gateway, rivals[0])!;
      ctx.report({
        resource: gateway.resource,
        fieldPath: `${found.server.fieldPath}.hosts`,
        message: `Host ${found.host} on port ${found.server.port.number} is also declared by ${rivals.map((r) => `Gateway ${r.key}`).join(', ')} on the same gateway Pods.`,
        symptom: 'the merged listener keeps only one of the servers; requests may get 404 NR or the wrong TLS settings',
        fix: 'Declare each host/port once per gateway workload: merge the servers into one Gateway or use different hosts or ports.',
        rules: ['R7.1.3', 'R7.3.1'],
        related: rivals.map((r) => ({ resource: r.resource, fieldPath: 'spec.servers' })),
      });
    }
  },
});

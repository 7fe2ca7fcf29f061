// R7.4.1, R7.4.2: a bound VirtualService contributes only hosts that intersect a server host listed for its namespace.
import { hostsOverlap } from '../../hosts.js';
import type { GatewayInfo, VirtualServiceInfo } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { asArray, asString, getIn } from '../../model.js';
import { findGateway, isIstioGateway } from '../support/gateway-pods.js';

/** Gateway API Gateways: a listener without hostname accepts every host. */
function listenerHosts(gateway: GatewayInfo): string[] {
  return asArray(getIn(gateway.resource.object, 'spec', 'listeners')).map((l) => asString(getIn(l, 'hostname'))?.toLowerCase() ?? '*');
}

function servesHost(gateway: GatewayInfo, virtualService: VirtualServiceInfo): boolean {
  if (!isIstioGateway(gateway)) {
    return listenerHosts(gateway).some((h) => virtualService.hosts.some((vh) => hostsOverlap(h, vh.fqdn) || hostsOverlap(h, vh.raw.toLowerCase())));
  }
  return gateway.servers.some((server) => server.hosts.some((h) =>
    (h.namespace === '*' || h.namespace === virtualService.namespace)
    && virtualService.hosts.some((vh) => hostsOverlap(h.dnsName, vh.fqdn) || hostsOverlap(h.dnsName, vh.raw.toLowerCase()))));
}

export const virtualServiceHostNotInGateway = defineRule('MX0006', {
  description: 'A gateway-bound VirtualService must have a host that a server of each of its Gateways serves for its namespace.',
  inputs: ['VirtualService', 'Gateway'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      if (virtualService.isDelegate || virtualService.gatewaysDefaulted) continue;
      for (const ref of virtualService.gateways) {
        if (ref.normalized === 'mesh') continue;
        const gateway = findGateway(ctx.index, ref.normalized);
        if (!gateway || servesHost(gateway, virtualService)) continue;
        const hosts = virtualService.hosts.map((h) => h.raw).join(', ');
        const served = gateway.servers.flatMap((s) => s.hosts.map((h) => h.raw)).join(', ') || 'nothing (no servers)';
        ctx.report({
          resource: virtualService.resource,
          fieldPath: ref.fieldPath,
          message: `No server of Gateway ${gateway.key} serves any of the hosts ${hosts} for namespace ${virtualService.namespace} (servers list ${served}).`,
          symptom: 'requests to these hosts through that gateway get 404 with response flag NR',
          fix: `Add a matching host to a server of Gateway ${gateway.key} (prefixed with "*/" or "${virtualService.namespace}/"), or change the VirtualService hosts.`,
          rules: ['R7.4.1', 'R7.4.2', 'R1.6.2'],
          related: [{ resource: gateway.resource, fieldPath: 'spec.servers' }],
        });
      }
    }
  },
});

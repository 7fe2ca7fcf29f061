// R7.2.1, R7.2.3: a server port should be a port or targetPort of a Service that selects the gateway Pods.
import { describeRef } from '../../model.js';
import type { GatewayInfo, MeshIndex } from '../../index/types.js';
import { defineRule } from '../define-rule.js';
import { gatewayPods, istioGateways } from '../support/gateway-pods.js';

function servicePortNumbers(index: MeshIndex, gateway: GatewayInfo): { ports: Set<number>; services: string[] } {
  const ports = new Set<number>();
  const services = new Set<string>();
  for (const pod of gatewayPods(index, gateway)) {
    for (const service of index.servicesSelecting(pod)) {
      services.add(describeRef(service.resource));
      for (const port of service.ports) {
        if (port.protocol.toUpperCase() !== 'TCP') continue;
        ports.add(port.port);
        if (typeof port.targetPort === 'number') ports.add(port.targetPort);
      }
    }
  }
  return { ports, services: [...services].sort() };
}

export const gatewayPortNotOnService = defineRule('MX0024', {
  description: 'Each Gateway server port must be a port or targetPort of a Service selecting the gateway Pods.',
  inputs: ['Gateway', 'Pod', 'Service'],
  check(ctx) {
    for (const gateway of istioGateways(ctx.index)) {
      if (gatewayPods(ctx.index, gateway).length === 0) continue;
      const { ports, services } = servicePortNumbers(ctx.index, gateway);
      for (const server of gateway.servers) {
        if (ports.has(server.port.number)) continue;
        ctx.report({
          resource: gateway.resource,
          fieldPath: `${server.fieldPath}.port.number`,
          message: services.length > 0
            ? `Server port ${server.port.number} is not a port or targetPort of ${services.join(', ')} (ports ${[...ports].sort((a, b) => a - b).join(', ')}).`
            : `Server port ${server.port.number} is exposed by no Service: no Service selects the gateway Pods.`,
          symptom: 'clients outside the gateway Pods cannot reach this server; requests time out or are refused',
          fix: 'Use a port of the gateway Service (e.g. 80 or 443 for istio-ingressgateway), or add this port to that Service.',
          rules: ['R7.2.1', 'R7.2.3'],
        });
      }
    }
  },
});

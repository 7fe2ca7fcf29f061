// R5.2.1, R5.2.2: a destination port must be a port of the destination Service (not its targetPort).
import { describeRef } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { virtualServiceDestinations } from '../support/destinations.js';
import { lookupHost, portsOf, viewerNamespaces } from '../support/visibility.js';

export const virtualServiceDestinationPortNotFound = defineRule('MX0002', {
  description: 'A destination port.number must be one of the ports of the destination Service or ServiceEntry.',
  inputs: ['VirtualService', 'Service', 'ServiceEntry'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const viewers = viewerNamespaces(virtualService);
      for (const destination of virtualServiceDestinations(virtualService)) {
        if (destination.port === null || destination.host === '') continue;
        const lookup = lookupHost(ctx.index, destination.host, viewers);
        const target = lookup.service ?? lookup.serviceEntry;
        if (!target) continue;
        const ports = portsOf(lookup);
        if (ports.includes(destination.port)) continue;
        const targetPort = lookup.service?.ports.find((p) => p.targetPort === destination.port);
        const hint = targetPort ? ` (${destination.port} is the targetPort of Service port ${targetPort.port}; routes use Service ports)` : '';
        ctx.report({
          resource: virtualService.resource,
          fieldPath: `${destination.fieldPath}.port.number`,
          message: `Port ${destination.port} is not a port of ${describeRef(target.resource)}, which exposes ${ports.join(', ') || 'no ports'}${hint}.`,
          symptom: 'requests sent to this route get 503 with response flag NC (cluster not found)',
          fix: `Use one of the ports ${ports.join(', ') || '(add a port to the Service)'} of ${describeRef(target.resource)}.`,
          rules: ['R5.2.1', 'R5.2.3', 'R4.13.1'],
          related: [{ resource: target.resource, fieldPath: 'spec.ports' }],
        });
      }
    }
  },
});

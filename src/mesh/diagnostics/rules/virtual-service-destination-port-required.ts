// R5.2.1, R5.2.2: without destination.port a multi-port Service is reached on the listener port.
import { describeRef } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { virtualServiceDestinations } from '../support/destinations.js';
import { lookupHost, portsOf, viewerNamespaces } from '../support/visibility.js';

export const virtualServiceDestinationPortRequired = defineRule('MX0003', {
  description: 'A destination pointing at a Service or ServiceEntry with several ports must set port.number.',
  inputs: ['VirtualService', 'Service', 'ServiceEntry'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const viewers = viewerNamespaces(virtualService);
      for (const destination of virtualServiceDestinations(virtualService)) {
        if (destination.port !== null || destination.host === '') continue;
        const lookup = lookupHost(ctx.index, destination.host, viewers);
        const target = lookup.service ?? lookup.serviceEntry;
        const ports = portsOf(lookup);
        if (!target || ports.length <= 1) continue;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: destination.fieldPath,
          message: `Destination ${destination.host} has no port but ${describeRef(target.resource)} exposes ${ports.length} ports (${ports.join(', ')}), so the port the request arrived on is used.`,
          symptom: 'through a gateway (or from a port the Service does not have) requests get 503 with response flag NC',
          fix: `Set destination.port.number to one of ${ports.join(', ')}.`,
          rules: ['R5.2.1', 'R5.2.2'],
          related: [{ resource: target.resource, fieldPath: 'spec.ports' }],
        });
      }
    }
  },
});

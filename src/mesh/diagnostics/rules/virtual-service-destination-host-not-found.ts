// R1.1.2, R5.1.1, R5.1.2: a destination (or mirror) host must name a Service/ServiceEntry the VirtualService's proxies see.
import { describeRef } from '../../model.js';
import { defineRule } from '../define-rule.js';
import { virtualServiceDestinations } from '../support/destinations.js';
import { lookupHost, viewerNamespaces } from '../support/visibility.js';

export const virtualServiceDestinationHostNotFound = defineRule('MX0001', {
  description: 'Route and mirror destination hosts must match a Service or ServiceEntry visible to the VirtualService.',
  inputs: ['VirtualService', 'Service', 'ServiceEntry'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const viewers = viewerNamespaces(virtualService);
      if (viewers.length === 0) continue;
      for (const destination of virtualServiceDestinations(virtualService)) {
        const lookup = destination.host === '' ? null : lookupHost(ctx.index, destination.host, viewers);
        if (lookup && (lookup.service || lookup.serviceEntry)) continue;
        const what = destination.mirror ? 'Mirror host' : 'Destination host';
        const shown = destination.hostRaw === '' ? 'is missing' : `"${destination.hostRaw}" (${destination.host}) matches no Service or ServiceEntry`;
        const hiddenNote = lookup?.hidden ? ` visible from namespace ${viewers.join(', ')}; ${describeRef(lookup.hidden.resource)} exists but is not exported there` : '';
        ctx.report({
          resource: virtualService.resource,
          fieldPath: destination.hostRaw === '' ? destination.fieldPath : `${destination.fieldPath}.host`,
          message: `${what} ${shown}${hiddenNote}.`,
          symptom: destination.mirror
            ? 'mirrored copies are dropped (the mirror cluster does not exist)'
            : 'requests sent to this route get 503 with response flag NC (cluster not found)',
          fix: 'Use the name of an existing Service (short names resolve in the VirtualService namespace) or add a ServiceEntry for the host.',
          rules: ['R1.1.2', 'R5.1.2', 'R4.13.1'],
          related: lookup?.hidden ? [{ resource: lookup.hidden.resource }] : [],
          istioCode: 'IST0101',
          kialiCode: destination.mirror ? null : 'KIA1101',
        });
      }
    }
  },
});

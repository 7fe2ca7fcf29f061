// Pair: VirtualService vs Sidecar resource (reference R2.4.2, R2.4.3).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusSidecar: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'SIDECAR'],
  dependency: 'A Sidecar\'s egress hosts decide whether a VirtualService is imported into a client\'s proxy (matched against the VirtualService\'s namespace and hosts). If it is not imported, it has no effect on that client.',
  dependencyRules: ['R2.4.2', 'R2.4.3'],
  notes: [
    { title: 'Gateways are not affected', text: 'Gateway proxies ignore Sidecar resources and see every VirtualService exported to their namespace.', rules: ['R2.4.4', 'R2.3.3'], docUrl: DOCS.sidecar },
  ],
};

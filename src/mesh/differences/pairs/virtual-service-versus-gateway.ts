// Pair: VirtualService vs Istio Gateway (reference §2.1, §7).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusGateway: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'GATEWAY'],
  dependency: 'The Gateway opens the port and lists the hosts it accepts; a VirtualService attaches by naming it (`namespace/name`) in `gateways` and supplies the routes for the hosts both lists have in common. A Gateway with no bound VirtualService answers 404.',
  dependencyRules: ['R7.5.1', 'R1.6.1', 'R3.10.2'],
  notes: [
    { title: 'Keep `mesh` to keep sidecar routing', text: 'Listing a gateway in `gateways` replaces the default `mesh`: add `mesh` to keep the rules for pod-to-pod traffic.', rules: ['R2.1.2'], docUrl: DOCS.virtualService },
    { title: 'Mesh rules do not apply to gateway traffic', text: 'The gateway sends straight to the destination cluster it computed; subsets must be in the gateway-bound VirtualService.', rules: ['R7.5.3'], docUrl: DOCS.networkIssues },
    { title: 'Merged on gateways, not on sidecars', text: 'On a gateway, VirtualServices for the same host are merged (catch-alls moved last); on sidecars only one applies.', rules: ['R1.7.3', 'R1.7.2'], docUrl: DOCS.bestPractices },
  ],
};

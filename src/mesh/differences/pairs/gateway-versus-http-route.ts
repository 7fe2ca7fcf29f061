// Pair: Istio Gateway vs Gateway API HTTPRoute: a frequent confusion of two APIs both called "Gateway".
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const gatewayVersusHttpRoute: PairKnowledge = {
  kinds: ['GATEWAY', 'HTTP_ROUTE'],
  dependency: 'None: an HTTPRoute cannot attach to an Istio `networking.istio.io` Gateway. Its parentRefs name a Gateway API Gateway (`gateway.networking.k8s.io`) or a Service; Istio implements Gateway API Gateways with gateway deployments of its own.',
  notes: [
    { title: 'Two Gateway kinds', text: 'Istio Gateway + VirtualService and Gateway API Gateway + HTTPRoute are parallel stacks: listeners in one object, routes in another, with different matching rules (first match vs precedence).', rules: ['R3.1.1'], docUrl: DOCS.istioGatewayApi },
  ],
};

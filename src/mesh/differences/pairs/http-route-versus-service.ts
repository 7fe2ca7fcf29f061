// Pair: HTTPRoute vs Service (GAMMA mesh routes have a Service as parent).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const httpRouteVersusService: PairKnowledge = {
  kinds: ['HTTP_ROUTE', 'SERVICE'],
  dependency: 'An HTTPRoute sends to Services (backendRefs with a port) and, for mesh traffic, attaches to a Service as its parent: requests addressed to that Service are then routed by the HTTPRoute instead of being spread over all of the Service\'s Pods.',
  notes: [
    { title: 'Same Service, different spread', text: 'A Service selecting v1 and v2 Pods spreads traffic over both; an HTTPRoute attached to it can send everything, or a weighted share, to a v1-only backend Service.', docUrl: DOCS.gatewayApiMesh },
    { title: 'Segment-aware paths', text: 'HTTPRoute `PathPrefix` matches whole path segments; the Service itself never looks at paths.', rules: ['R3.2.2', 'R6.5.1'], docUrl: DOCS.httpRoute },
  ],
};

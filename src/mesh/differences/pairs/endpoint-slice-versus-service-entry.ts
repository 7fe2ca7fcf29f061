// Pair: EndpointSlice vs ServiceEntry: two sources of endpoints for Istio's registry.
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const endpointSliceVersusServiceEntry: PairKnowledge = {
  kinds: ['ENDPOINT_SLICE', 'SERVICE_ENTRY'],
  dependency: 'Independent sources of endpoints: an EndpointSlice lists the endpoints of a Kubernetes Service, a ServiceEntry lists (or resolves by DNS, or selects by workloadSelector) the endpoints of its own hosts. Istio reads both into its registry.',
  dependencyRules: ['R6.3.1', 'R5.1.3'],
  notes: [
    { title: 'Who else sees them', text: 'kube-proxy uses EndpointSlices; ServiceEntry endpoints exist only for Istio proxies.', rules: ['R6.1.2'], docUrl: DOCS.serviceEntry },
  ],
};

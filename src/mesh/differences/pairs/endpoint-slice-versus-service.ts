// Pair: EndpointSlice vs Service (reference R6.1, R6.3).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const endpointSliceVersusService: PairKnowledge = {
  kinds: ['ENDPOINT_SLICE', 'SERVICE'],
  dependency: 'An EndpointSlice belongs to one Service and lists its endpoints. For a Service with a selector Kubernetes writes the slices from the matching Pods; without a selector you write them. Istio takes endpoints from the slices, not by evaluating the selector itself.',
  dependencyRules: ['R6.1.1', 'R6.1.2', 'R6.3.1'],
  notes: [
    { title: 'Port matching by name', text: 'Istio matches slice ports to Service ports by port name; the Service\'s targetPort is resolved per Pod.', rules: ['R6.3.1', 'R6.2.1'], docUrl: DOCS.endpointSlices },
  ],
};

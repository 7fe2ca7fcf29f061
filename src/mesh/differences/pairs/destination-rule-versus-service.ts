// Pair: DestinationRule vs Service (reference R5.6.1, R5.8, R6.5, R6.7).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const destinationRuleVersusService: PairKnowledge = {
  kinds: ['DESTINATION_RULE', 'SERVICE'],
  dependency: 'The DestinationRule depends on the Service: its host must be a registry service (otherwise it is ignored), its subsets are subsets of the Service\'s endpoints (service selector plus subset labels), and its policies apply to the clusters built for the Service\'s ports. The Service does not know about it, and kube-proxy ignores it.',
  dependencyRules: ['R5.5.5', 'R5.6.1', 'R5.3.1'],
  dimensionNotes: {
    'traffic-management': 'kube-proxy picks a random ready Pod per connection; with a DestinationRule (or without one) the sidecar balances per request, LEAST_REQUEST by default, ROUND_ROBIN/RANDOM/consistentHash when set.',
  },
  notes: [
    { title: 'Subsets are narrower selectors', text: 'The Service `reviews` (selector app: reviews) spans reviews-v1, v2 and v3; subset v1 adds `version: v1`, so a route to it reaches only the v1 Pods.', rules: ['R5.6.1', 'R6.1.3'], docUrl: DOCS.destinationRule },
    { title: 'Affinity', text: 'sessionAffinity: ClientIP works for kube-proxy but Istio ignores it; inside the mesh affinity needs consistentHash in a DestinationRule.', rules: ['R6.5.2', 'R6.5.3', 'R5.8.1'], docUrl: DOCS.destinationRule },
    { title: 'A DestinationRule alone does not route', text: 'Subsets get traffic only when a route names them; plain traffic to the Service uses just the top-level and port-level policies.', rules: ['R5.8.3'], docUrl: DOCS.destinationRule },
    { title: 'TLS can break a working Service', text: 'A DestinationRule `tls` setting replaces automatic mTLS for that host; DISABLE toward a server that requires mTLS gives 503s.', rules: ['R5.8.6'], docUrl: DOCS.networkIssues },
  ],
};

// Pair: Sidecar resource vs Service (reference §2.4).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const sidecarVersusService: PairKnowledge = {
  kinds: ['SIDECAR', 'SERVICE'],
  dependency: 'A Sidecar decides whether a Service is imported into the selected workloads\' proxy config (by the Service\'s namespace and host). A Service that is not imported has no route or cluster on those clients: requests to it fall into the catch-all and its VirtualServices do not apply. The Service itself is unaffected for everyone else.',
  dependencyRules: ['R2.4.2', 'R2.4.3'],
  notes: [
    { title: 'Visibility vs existence', text: 'The Service exists for kube-proxy and every other client; the Sidecar only trims what one set of sidecars knows.', rules: ['R2.4.3'], docUrl: DOCS.sidecar },
  ],
};

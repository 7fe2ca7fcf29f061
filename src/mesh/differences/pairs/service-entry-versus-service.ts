// Pair: ServiceEntry vs Service (reference R5.1.3, R2.4.5, R1.8.2).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const serviceEntryVersusService: PairKnowledge = {
  kinds: ['SERVICE_ENTRY', 'SERVICE'],
  dependency: 'Independent: both add hosts to Istio\'s registry. A Service comes from Kubernetes (kube-proxy and cluster DNS serve it too); a ServiceEntry exists only for Istio\'s proxies. For the same hostname in a sidecar\'s scope the Kubernetes Service wins.',
  dependencyRules: ['R5.1.3', 'R2.4.5'],
  notes: [
    { title: 'Host names', text: 'Service hosts are always `name.namespace.svc.cluster.local`; ServiceEntry hosts are used exactly as written (e.g. `api.example.com`).', rules: ['R1.3.2', 'R5.1.3'], docUrl: DOCS.serviceEntry },
    { title: 'Unknown hosts', text: 'A host that is neither a Service nor in a ServiceEntry is passed through with ALLOW_ANY and gets 502 with REGISTRY_ONLY.', rules: ['R1.8.2'], docUrl: DOCS.serviceEntry },
  ],
};

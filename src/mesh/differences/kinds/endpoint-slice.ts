// Knowledge: Kubernetes EndpointSlice (reference R6.1, R6.3, R5.7).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const endpointSlice: KindKnowledge = {
  kind: 'ENDPOINT_SLICE',
  name: 'EndpointSlice',
  apiVersion: 'discovery.k8s.io/v1',
  docUrl: DOCS.endpointSlices,
  dimensions: {
    purpose: {
      value: 'The list of endpoints (addresses, ports, readiness) behind a Service',
      explanation: 'The EndpointSlice controller writes them from the Pods a Service\'s selector matches; for a Service without selector you write them yourself. kube-proxy and Istio both take a Service\'s endpoints from them.',
      rules: ['R6.1.1', 'R6.1.2', 'R6.3.1'],
      docUrl: DOCS.endpointSlices,
    },
    'osi-layer': {
      value: 'L3/L4 data: IP addresses and ports',
      explanation: 'A slice is data, not a proxy: addresses, port names and numbers, and conditions such as ready and terminating.',
      rules: ['R6.1.2'],
      docUrl: DOCS.endpointSlices,
    },
    'enforced-by': {
      value: 'Written by the EndpointSlice controller; read by kube-proxy and istiod',
      explanation: 'kube-proxy programs the node from them; istiod turns them into Envoy endpoints (EDS), matching them to Service ports by port name.',
      rules: ['R6.1.2', 'R6.3.1'],
      docUrl: DOCS.endpointSlices,
    },
    'target-selection': {
      value: 'Tied to one Service by the kubernetes.io/service-name label',
      explanation: 'It does not select anything: it lists addresses. For selector Services those are the matching Pods; Istio keeps each endpoint\'s Pod labels so subsets can filter them.',
      rules: ['R6.3.1', 'R5.6.1'],
      docUrl: DOCS.endpointSlices,
    },
    'traffic-management': {
      value: 'None; readiness decides which endpoints get traffic',
      explanation: 'Only ready endpoints receive traffic and terminating ones are dropped; Istio further narrows the set by subset labels when a route uses a subset.',
      rules: ['R6.1.2', 'R5.7.1', 'R5.6.1'],
      docUrl: DOCS.endpointSlices,
    },
    'no-match-behaviour': {
      value: 'Not a matcher; no ready endpoint means nowhere to send',
      explanation: 'With no ready endpoint, connections through kube-proxy fail and sidecars answer 503 UH (no healthy upstream).',
      rules: ['R5.6.2', 'R5.7.1'],
      docUrl: DOCS.endpointSlices,
    },
    'scope-visibility': {
      value: 'Namespaced, in the namespace of its Service',
      explanation: 'A slice belongs to the Service of the same namespace named by its kubernetes.io/service-name label; slices of address type FQDN are ignored by Istio.',
      rules: ['R5.7.3'],
      docUrl: DOCS.endpointSlices,
    },
    dependency: {
      value: 'Belongs to one Service',
      explanation: 'It exists to feed a Service\'s endpoints; nothing routes to a slice directly.',
      rules: ['R6.3.1'],
      docUrl: DOCS.endpointSlices,
    },
    'typical-mistakes': {
      value: 'No slices for a selector-less Service, not-ready endpoints',
      explanation: 'Endpoint problems look like healthy Services that have nowhere to send traffic.',
      docUrl: DOCS.endpointSlices,
      mistakes: [
        { mistake: 'A Service without selector and no EndpointSlice for it.', symptom: 'The Service has no endpoints: connections fail, sidecars answer 503 UH.', rules: ['R6.1.1', 'R5.6.2'] },
        { mistake: 'Endpoints whose ready condition is false (failing readiness probe).', symptom: 'They get no traffic; when none is ready, 503 UH.', rules: ['R5.7.1', 'R6.1.2'] },
        { mistake: 'A hand-written slice with address type FQDN.', symptom: 'Istio ignores it, so the mesh sees no endpoints.', rules: ['R5.7.3'] },
      ],
    },
  },
};

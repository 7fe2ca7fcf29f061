// Pair: Ingress vs HTTPRoute (Gateway API is the successor to Ingress).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const ingressVersusHttpRoute: PairKnowledge = {
  kinds: ['INGRESS', 'HTTP_ROUTE'],
  dependency: 'Independent alternatives: HTTPRoute (with a Gateway API Gateway) is the successor to Ingress. Host rules become `hostnames`, paths become matches, backends become backendRefs.',
  notes: [
    { title: 'Both segment-aware', text: 'Ingress `Prefix` and HTTPRoute `PathPrefix` both match whole path segments, and both prefer more specific paths.', rules: ['R3.2.2'], docUrl: DOCS.httpRoute },
    { title: 'What HTTPRoute adds', text: 'Header, method and query matching, weights, filters and cross-namespace backends with a ReferenceGrant, without controller-specific annotations.', docUrl: DOCS.httpRoute },
  ],
};

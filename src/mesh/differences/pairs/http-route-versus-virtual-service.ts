// Pair: Gateway API HTTPRoute vs Istio VirtualService (conformance README §5/§6, reference R3.1.1, R3.2.2).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const httpRouteVersusVirtualService: PairKnowledge = {
  kinds: ['HTTP_ROUTE', 'VIRTUAL_SERVICE'],
  dependency: 'Neither needs the other: they are two APIs for the same L7 routing. Istio turns HTTPRoutes into internally generated VirtualServices (which skip short-name expansion), so both end up as Envoy routes on the same proxies.',
  dependencyRules: ['R1.1.3'],
  dimensionNotes: {
    'target-selection': 'HTTPRoute ranks matches by precedence (exact path, longest prefix, method, header count, query count, age); a VirtualService takes the first match in declaration order.',
    'no-match-behaviour': 'Both answer 404 when no rule matches the request at a gateway.',
  },
  notes: [
    { title: 'Precedence vs first match', text: 'In an HTTPRoute an exact path beats a longer prefix, which beats a shorter prefix, whatever the rule order; in a VirtualService the routes are tried top-down and the first match wins, so a broad route placed first shadows everything after it.', rules: ['R3.1.1', 'R3.1.3'], docUrl: DOCS.httpRoute },
    { title: 'Segment prefix vs string prefix', text: 'HTTPRoute `PathPrefix: /v2` matches `/v2` and `/v2/x` but not `/v2example`; VirtualService `prefix: /v2` is a plain string prefix and matches `/v2example` too. Istio\'s translation of HTTPRoutes keeps the segment-aware meaning.', rules: ['R3.2.2'], docUrl: DOCS.httpRoute },
    { title: 'Hostnames in the mesh', text: 'A VirtualService\'s hosts pick the virtual host from the Host header; an HTTPRoute attached to a Service applies to requests for that Service and its `hostnames` have no effect.', rules: ['R1.2.1'], docUrl: DOCS.gatewayApiMesh },
    { title: 'Feature gaps', text: 'VirtualService has fault injection and a default retry policy (2 retries); HTTPRoute has no fault injection and retries only in the experimental channel. Regex matching is RE2 full-match in a VirtualService and implementation-specific in an HTTPRoute.', rules: ['R4.8.2', 'R4.9.1', 'R3.2.3'], docUrl: DOCS.httpRoute },
  ],
};

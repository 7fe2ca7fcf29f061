// Knowledge: Istio VirtualService (reference §1-§4).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualService: KindKnowledge = {
  kind: 'VIRTUAL_SERVICE',
  name: 'VirtualService',
  apiVersion: 'networking.istio.io/v1',
  docUrl: DOCS.virtualService,
  dimensions: {
    purpose: {
      value: 'L7 routing rules for requests sent to a host',
      explanation: 'A VirtualService tells the proxy that handles a request how to route requests addressed to its hosts: the first matching route decides the destination(s) and what else happens (retries, timeouts, faults, rewrites). It creates neither hosts nor endpoints: destinations are services of the registry (Kubernetes Services, ServiceEntries).',
      rules: ['R3.1.1', 'R5.1.2', 'R5.1.4'],
      docUrl: DOCS.virtualService,
    },
    'osi-layer': {
      value: 'L7 HTTP (plus tcp:/tls: rules at L4/SNI)',
      explanation: 'http routes match on path, headers, method, query parameters and authority, and apply only on ports Istio treats as HTTP, HTTP2 or gRPC (from the port name or appProtocol, or sniffed). On TCP/TLS ports only the tcp: and tls: rules apply.',
      rules: ['R6.6.1', 'R6.6.2', 'R1.8.4'],
      docUrl: DOCS.protocolSelection,
    },
    'enforced-by': {
      value: 'The calling Envoy: client sidecar or gateway pods',
      explanation: 'istiod programs the rules into the proxy that sends the request: every client sidecar when `gateways` is absent (`mesh`), the selected gateway pods for a named Gateway. A caller without a sidecar never sees them, and the server\'s sidecar does not apply them.',
      rules: ['R2.1.1', 'R2.1.2', 'R4.8.3', 'R4.5.5'],
      docUrl: DOCS.trafficManagement,
    },
    'target-selection': {
      value: 'Host header, then ordered match conditions, then destination host/port/subset',
      explanation: 'The Host/:authority header (port ignored) picks the virtual host; short names are expanded in the VirtualService\'s namespace. The first route whose match holds sends to `destination.host` (+ `port`, `subset`), looked up in the service registry.',
      rules: ['R1.1.1', 'R1.2.2', 'R3.1.1', 'R5.1.1', 'R5.1.2'],
      docUrl: DOCS.virtualService,
    },
    'traffic-management': {
      value: 'Path/header/method/query routing, weights, retries, timeouts, faults, mirroring, rewrites, redirects',
      explanation: 'Routes are tried in order and the first match wins; uri `prefix` is a plain string prefix (`/api` also matches `/apix`) and `regex` must match the whole path. Weighted destinations split per request, and unless set a route gets 2 retries (connect-failure, refused-stream, unavailable, cancelled) and no timeout; fault injection, mirroring, rewrites, redirects, direct responses and header changes are per route.',
      rules: ['R3.1.1', 'R3.2.2', 'R3.2.3', 'R4.2.2', 'R4.9.1', 'R4.7.1', 'R4.8.2', 'R4.10.1', 'R4.5.1', 'R4.3.1'],
      docUrl: DOCS.virtualService,
    },
    'no-match-behaviour': {
      value: '404 with response flag NR',
      explanation: 'Once the Host selects the VirtualService\'s virtual host, a request no route matches gets 404 NR from the proxy: there is no fallback to the plain Service or to another virtual host. A Host no virtual host knows goes to the sidecar catch-all instead (passthrough with ALLOW_ANY, 502 with REGISTRY_ONLY).',
      rules: ['R1.2.3', 'R3.10.1', 'R1.8.2'],
      docUrl: DOCS.networkIssues,
    },
    'scope-visibility': {
      value: 'Namespaced; exportTo (default all namespaces); `gateways` picks the proxies',
      explanation: '`exportTo` limits which namespaces\' proxies see it; `gateways` absent means sidecars only, and listing gateways drops sidecars unless `mesh` is listed too. For one host a sidecar uses a single VirtualService (no merging), while gateways merge them.',
      rules: ['R2.3.1', 'R2.3.2', 'R2.1.1', 'R2.1.2', 'R1.7.2', 'R1.7.3'],
      docUrl: DOCS.virtualService,
    },
    dependency: {
      value: 'Needs registry services; subsets need a DestinationRule',
      explanation: 'Destination hosts must be services in the registry (Service or ServiceEntry) exposing the chosen port, and every subset must be defined in the DestinationRule found for the client; otherwise requests get 503 NC.',
      rules: ['R5.1.2', 'R5.2.2', 'R5.6.3', 'R4.13.1'],
      docUrl: DOCS.virtualService,
    },
    'typical-mistakes': {
      value: 'Order, prefix, missing catch-all, subsets, gateways, short names',
      explanation: 'Most VirtualService surprises come from first-match ordering, string prefixes, and references (subsets, gateways, short host names) that resolve differently than intended.',
      docUrl: DOCS.networkIssues,
      mistakes: [
        { mistake: 'A match-less or `prefix: /` route placed before more specific routes.', symptom: 'The later routes never receive traffic; istioctl analyze reports IST0130.', rules: ['R3.1.1', 'R3.1.3'] },
        { mistake: 'Expecting `prefix: /api` to match whole path segments only.', symptom: '`/apiv2` and `/api-docs` are routed by the `/api` rule too (string prefix).', rules: ['R3.2.2'] },
        { mistake: 'No catch-all route at the end.', symptom: 'Paths outside every match get 404 NR from the proxy although the Pods are healthy.', rules: ['R3.10.1'] },
        { mistake: 'Routing to a subset that no DestinationRule on the client\'s lookup path defines.', symptom: '503 NC right after applying the VirtualService.', rules: ['R5.6.3', 'R4.13.1'] },
        { mistake: '`gateways: [my-gateway]` without `mesh`.', symptom: 'The rules work through the ingress gateway but have no effect on pod-to-pod calls.', rules: ['R2.1.2'] },
        { mistake: 'A short destination host (`backend`) in a VirtualService in another namespace.', symptom: 'It resolves to `backend.<VirtualService namespace>.svc.cluster.local`: 503 NC or the wrong service.', rules: ['R1.1.2', 'R5.1.1'] },
        { mistake: 'Two VirtualServices for the same host used by sidecars.', symptom: 'Only one of them applies; the other team\'s routes seem ignored (IST0109).', rules: ['R1.7.2'] },
        { mistake: 'A regex written for a partial or JavaScript-style match (`/foo/`, `api`).', symptom: 'The route never matches: RE2 must match the whole path.', rules: ['R3.2.3'] },
      ],
    },
  },
};

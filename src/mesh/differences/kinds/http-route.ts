// Knowledge: Gateway API HTTPRoute (gateway-api conformance notes, reference R1.1.3/R3.2.2, pain points 7/16/18).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const httpRoute: KindKnowledge = {
  kind: 'HTTP_ROUTE',
  name: 'HTTPRoute',
  apiVersion: 'gateway.networking.k8s.io/v1',
  docUrl: DOCS.httpRoute,
  dimensions: {
    purpose: {
      value: 'Gateway API HTTP routing attached to a Gateway or, for mesh traffic, a Service',
      explanation: 'An HTTPRoute attaches through `parentRefs` to a Gateway API Gateway listener (north-south) or to a Service (mesh, GAMMA) and sends matching requests to `backendRefs` with weights and filters.',
      docUrl: DOCS.httpRoute,
    },
    'osi-layer': {
      value: 'L7 (HTTP)',
      explanation: 'Matches on path, headers, method and query parameters; hostnames select which requests a Gateway listener hands to the route.',
      docUrl: DOCS.httpRoute,
    },
    'enforced-by': {
      value: 'The Gateway API implementation (Istio: its gateway deployment, or client sidecars for a Service parent)',
      explanation: 'Istio converts HTTPRoutes into internally generated routing config (internal VirtualServices, which skip short-name expansion) for the proxies of the parent.',
      rules: ['R1.1.3'],
      docUrl: DOCS.istioGatewayApi,
    },
    'target-selection': {
      value: 'parentRefs and hostnames, then the most specific match (precedence, not order)',
      explanation: 'An exact path beats a longer prefix, which beats a shorter one; then method, more header matches, more query matches, the oldest route and finally rule order decide. `PathPrefix` matches whole path segments (`/v2` does not match `/v2example`).',
      rules: ['R3.2.2'],
      docUrl: DOCS.httpRoute,
    },
    'traffic-management': {
      value: 'Path/header/method/query matching, weights, filters (header changes, redirects, rewrites, mirroring), timeouts',
      explanation: 'Backends are split by weight and filters modify requests and responses; retries exist only in the experimental channel and there is no fault injection in the API.',
      docUrl: DOCS.httpRoute,
    },
    'no-match-behaviour': {
      value: '404',
      explanation: 'Through a Gateway, a request no rule matches gets 404 (the conformance tests expect it); a rule whose backendRefs are all invalid answers 500.',
      docUrl: DOCS.httpRoute,
    },
    'scope-visibility': {
      value: 'Namespaced; the listener\'s allowedRoutes and ReferenceGrants control attachment',
      explanation: 'A Gateway listener accepts routes only from the namespaces it allows, and a backendRef to another namespace needs a ReferenceGrant there. For a Service parent, `hostnames` have no effect.',
      docUrl: DOCS.referenceGrant,
    },
    dependency: {
      value: 'Needs a parent (Gateway or Service) and backend Services',
      explanation: 'It has no effect until a parent accepts it, and it sends only to backends (usually Services with a port).',
      docUrl: DOCS.httpRoute,
    },
    'typical-mistakes': {
      value: 'Order assumptions, hostnames on mesh routes, rewrites, cross-namespace backends',
      explanation: 'HTTPRoute surprises come from expecting VirtualService-like behaviour.',
      docUrl: DOCS.httpRoute,
      mistakes: [
        { mistake: 'Expecting the first rule to win as in a VirtualService.', symptom: 'A more specific rule later in the list (or in another HTTPRoute) takes the request.' },
        { mistake: 'Setting `hostnames` on a route whose parent is a Service.', symptom: 'The hostnames change nothing: all requests to the Service are routed by it.' },
        { mistake: 'URLRewrite ReplacePrefixMatch `/foo` on a rule matching the prefix `/`.', symptom: 'The upstream receives `/footest` for `/test` (no `/` is inserted).' },
        { mistake: 'A backendRef in another namespace without a ReferenceGrant.', symptom: 'The reference is not resolved (ResolvedRefs false) and matching requests get 500.' },
      ],
    },
  },
};

// Knowledge: Istio DestinationRule (reference §5.3, §5.5, §5.6, §5.8).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const destinationRule: KindKnowledge = {
  kind: 'DESTINATION_RULE',
  name: 'DestinationRule',
  apiVersion: 'networking.istio.io/v1',
  docUrl: DOCS.destinationRule,
  dimensions: {
    purpose: {
      value: 'Subsets and client-side policy for traffic to a host',
      explanation: 'A DestinationRule names subsets of a service\'s endpoints (by Pod labels) and sets how the caller talks to the host: load balancing, connection pool, outlier detection, TLS. It never decides where a request goes; routes pick the subset.',
      rules: ['R5.6.1', 'R5.8.1', 'R5.8.3'],
      docUrl: DOCS.destinationRule,
    },
    'osi-layer': {
      value: 'L4 and L7 client policy',
      explanation: 'TLS, connection pool and outlier detection act on upstream connections; for HTTP the load balancer picks an endpoint per request rather than per connection.',
      rules: ['R5.8.5', 'R5.8.6', 'R6.5.3'],
      docUrl: DOCS.destinationRule,
    },
    'enforced-by': {
      value: 'The calling Envoy (sidecar or gateway), as cluster settings',
      explanation: 'istiod turns it into the Envoy clusters `outbound|port|subset|fqdn` of each calling proxy; which DestinationRule a proxy uses is looked up from that proxy\'s namespace.',
      rules: ['R5.3.1', 'R5.5.1'],
      docUrl: DOCS.destinationRule,
    },
    'target-selection': {
      value: 'One host; subsets select endpoints by Pod labels',
      explanation: '`host` is expanded in the DestinationRule\'s namespace; a subset selects the service\'s endpoints whose labels contain all subset labels, i.e. service selector plus subset labels.',
      rules: ['R1.1.4', 'R5.6.1'],
      docUrl: DOCS.destinationRule,
    },
    'traffic-management': {
      value: 'Load balancing (default LEAST_REQUEST), connection pool, outlier detection, TLS; no routing',
      explanation: 'Without a loadBalancer setting Envoy uses LEAST_REQUEST per request (the docs still say round robin: DOC-DRIFT); consistentHash gives affinity, connectionPool overflow answers 503 UO, tls controls mTLS or TLS origination. Subset policies apply only to traffic a route sends to that subset.',
      rules: ['R5.8.1', 'R3.12.2', 'R5.8.5', 'R5.8.6', 'R5.8.3'],
      docUrl: DOCS.destinationRule,
    },
    'no-match-behaviour': {
      value: 'Not a matcher; a route to an undefined subset gets 503 NC',
      explanation: 'Requests are never matched against a DestinationRule. A route to a subset the applicable DestinationRule does not define gets 503 NC, a subset with no ready endpoint 503 UH, and a DestinationRule whose host matches no service is ignored.',
      rules: ['R5.6.3', 'R5.6.2', 'R5.5.5'],
      docUrl: DOCS.networkIssues,
    },
    'scope-visibility': {
      value: 'Namespaced; lookup client namespace, then service namespace, then istio-system',
      explanation: 'For each calling proxy Istio searches the client\'s namespace, then the service\'s namespace, then the root namespace, and stops at the first that has a rule for the host; exportTo only makes a rule visible, it does not put it on that path. Rules for the same host in one namespace are merged.',
      rules: ['R5.5.1', 'R5.5.2', 'R5.5.4'],
      docUrl: DOCS.bestPractices,
    },
    dependency: {
      value: 'Needs a registry host; VirtualService subsets depend on it',
      explanation: 'Its host must match a Service or ServiceEntry or it is ignored; VirtualServices that route to subsets depend on it to define them.',
      rules: ['R5.5.5', 'R5.6.3'],
      docUrl: DOCS.destinationRule,
    },
    'typical-mistakes': {
      value: 'Missing or empty subsets, TLS mismatch, wrong namespace',
      explanation: 'DestinationRule mistakes show up as 503s right after a change, or as policies that silently never apply.',
      docUrl: DOCS.networkIssues,
      mistakes: [
        { mistake: 'A VirtualService routes to a subset the DestinationRule does not define (or the DestinationRule was deleted).', symptom: '503 NC; Bookinfo shows "Error fetching product reviews".', rules: ['R5.6.3', 'R4.13.1', 'R4.13.2'] },
        { mistake: 'Subset labels select no Pod (e.g. the `version` label is missing).', symptom: '503 UH (no healthy upstream); istioctl analyze reports IST0173.', rules: ['R5.6.2'] },
        { mistake: 'A `tls` setting (e.g. DISABLE) that does not match what the server accepts.', symptom: '503 right after creating the DestinationRule, when the server requires mTLS.', rules: ['R5.8.6'] },
        { mistake: 'The DestinationRule lives in a namespace that is not on the client\'s lookup path.', symptom: 'Its policy and subsets silently do not apply for that client (subset routes get 503 NC).', rules: ['R5.5.1'] },
        { mistake: 'Expecting a subset-level policy to apply to plain service traffic.', symptom: 'The setting has no effect until a route sends traffic to that subset.', rules: ['R5.8.3'] },
      ],
    },
  },
};

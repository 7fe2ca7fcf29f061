// Knowledge: Kubernetes Ingress (Kubernetes docs; Istio specifics from reference R3.2.2 and pain point 7/18).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const ingress: KindKnowledge = {
  kind: 'INGRESS',
  name: 'Ingress',
  apiVersion: 'networking.k8s.io/v1',
  docUrl: DOCS.ingress,
  dimensions: {
    purpose: {
      value: 'HTTP(S) routing from outside the cluster to Services',
      explanation: 'An Ingress maps host names and paths to Service backends for traffic entering the cluster, and can terminate TLS. It does nothing by itself: an ingress controller for its class implements it.',
      docUrl: DOCS.ingress,
    },
    'osi-layer': {
      value: 'L7 (HTTP host and path) plus TLS termination',
      explanation: 'Rules match the Host and the path; the core API has no header, method or query matching.',
      docUrl: DOCS.ingress,
    },
    'enforced-by': {
      value: 'The ingress controller of its class (for Istio: the ingress gateway pods)',
      explanation: 'The controller named by `ingressClassName` programs its proxy; Istio implements Ingresses of its class on the ingress gateway and ignores the others.',
      docUrl: DOCS.istioIngress,
    },
    'target-selection': {
      value: 'Host rules and paths (Exact, Prefix, ImplementationSpecific) to a Service name and port',
      explanation: '`Prefix` matches whole path segments (`/foo` matches `/foo/bar`, not `/foobar`) and the longest matching path wins; Istio translates it to a segment-aware prefix, unlike a VirtualService `prefix`.',
      rules: ['R3.2.2'],
      docUrl: DOCS.ingress,
    },
    'traffic-management': {
      value: 'Host/path routing and TLS only',
      explanation: 'The core API has no weights, retries, timeouts, fault injection, mirroring or header matching; controllers add such features through their own annotations.',
      docUrl: DOCS.ingress,
    },
    'no-match-behaviour': {
      value: 'spec.defaultBackend, else the controller\'s own default (usually 404)',
      explanation: 'A request no rule matches goes to the Ingress\'s defaultBackend when one is set; otherwise what happens is up to the controller.',
      docUrl: DOCS.ingress,
    },
    'scope-visibility': {
      value: 'Namespaced; backends are Services in the same namespace',
      explanation: 'An Ingress can only send to Services of its own namespace; its class decides which controller sees it at all.',
      docUrl: DOCS.ingress,
    },
    dependency: {
      value: 'Needs an ingress controller and backend Services',
      explanation: 'Without a controller for its class it has no effect; its backends must be Services (name and port) in its namespace.',
      docUrl: DOCS.ingress,
    },
    'typical-mistakes': {
      value: 'Missing class, prefix semantics, expecting advanced routing',
      explanation: 'Ingress mistakes are mostly about which controller picks it up and what its path types mean.',
      docUrl: DOCS.ingress,
      mistakes: [
        { mistake: 'No `ingressClassName` (or class annotation) for Istio.', symptom: 'Istio ignores the Ingress: its hosts get 404 at the gateway or are served by another controller.' },
        { mistake: 'Expecting `pathType: Prefix` `/foo` to match `/foobar` as an Istio `prefix` would.', symptom: '`/foobar` is not routed by that rule.', rules: ['R3.2.2'] },
        { mistake: 'Expecting weights, retries or header routing from the core API.', symptom: 'Nothing happens unless the controller supports an annotation for it.' },
      ],
    },
  },
};

// Pair: Ingress vs Service.
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const ingressVersusService: PairKnowledge = {
  kinds: ['INGRESS', 'SERVICE'],
  dependency: 'An Ingress routes host/path to Services of its namespace by name and port; the Service does not know about it. The ingress controller is itself exposed by a Service (usually LoadBalancer), and many controllers, Istio\'s gateway included, send to the backend Service\'s endpoints directly rather than through its ClusterIP.',
  dependencyRules: ['R7.5.3'],
  notes: [
    { title: 'L7 at the edge, L4 inside', text: 'The Ingress looks at Host and path for requests entering the cluster; the Service forwards connections by ClusterIP:port and never looks at HTTP.', rules: ['R6.5.1'], docUrl: DOCS.ingress },
    { title: 'Exposure', text: 'A LoadBalancer or NodePort Service exposes one Service at L4; an Ingress shares one entry point among many Services by host and path.', docUrl: DOCS.ingress },
  ],
};

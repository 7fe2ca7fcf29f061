// Pair: VirtualService vs Kubernetes Ingress.
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusIngress: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'INGRESS'],
  dependency: 'Alternatives for edge routing in Istio: an Ingress of Istio\'s class is translated into gateway routes internally, while a Gateway plus a VirtualService gives the full routing feature set. Neither refers to the other.',
  dependencyRules: ['R3.2.2'],
  notes: [
    { title: 'Prefix semantics', text: 'Ingress `Prefix` `/foo` matches `/foo/bar` but not `/foobar`; VirtualService `prefix: /foo` matches both.', rules: ['R3.2.2'], docUrl: DOCS.ingress },
    { title: 'Order', text: 'An Ingress prefers the longest matching path; a VirtualService takes the first matching route in its order.', rules: ['R3.1.1'], docUrl: DOCS.ingress },
  ],
};

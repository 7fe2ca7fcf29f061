// Pair: Istio Gateway vs Kubernetes Ingress.
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const gatewayVersusIngress: PairKnowledge = {
  kinds: ['GATEWAY', 'INGRESS'],
  dependency: 'Neither needs the other; both describe traffic entering the cluster. Istio can implement an Ingress of its class on the same ingress gateway pods a Gateway programs; a Gateway carries only listeners and needs VirtualServices for routing, while an Ingress carries its own host/path rules.',
  dimensionNotes: {
    'traffic-management': 'Gateway + VirtualService gives header/method/query routing, weights, retries, timeouts and faults; an Ingress offers host/path routing only.',
  },
  notes: [
    { title: 'Split of responsibilities', text: 'A Gateway is only the listener (ports, TLS, hosts); a VirtualService bound to it routes. An Ingress puts hosts, TLS and paths in one object.', rules: ['R7.5.1'], docUrl: DOCS.gateway },
    { title: 'Path semantics differ', text: 'Ingress `Prefix` paths are segment-aware and Istio translates them that way; a VirtualService `prefix` bound to a Gateway is a plain string prefix.', rules: ['R3.2.2'], docUrl: DOCS.ingress },
    { title: 'Class matters', text: 'Istio only implements Ingresses whose class is Istio\'s; a Gateway needs no class but a selector matching the gateway pods.', rules: ['R7.1.1'], docUrl: DOCS.istioIngress },
  ],
};

// Pair: Istio Gateway vs Service (especially type LoadBalancer), reference §6.4, §7.2.
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const gatewayVersusService: PairKnowledge = {
  kinds: ['GATEWAY', 'SERVICE'],
  dependency: 'A Gateway configures gateway pods that are usually exposed by a Service of type LoadBalancer; a server port equal to a port of that Service is opened on the Service\'s targetPort in the pod. The application Services behind the gateway are reached through the destinations of bound VirtualServices, not through the Gateway itself.',
  dependencyRules: ['R7.2.1', 'R7.2.2', 'R7.5.1'],
  dimensionNotes: {
    'osi-layer': 'A LoadBalancer Service exposes Pods at L4: every connection on the port reaches them. A Gateway decides at the proxy which hosts and TLS settings are accepted.',
  },
  notes: [
    { title: 'LoadBalancer Service vs Gateway', text: 'type LoadBalancer adds a cloud load balancer in front of node ports and forwards connections; it knows no hosts or paths. The Gateway configures the Envoy behind that load balancer; routing is in the VirtualServices bound to it.', rules: ['R7.5.1'], docUrl: DOCS.service },
    { title: 'Port numbers', text: 'The default istio-ingressgateway Service maps 80 to 8080 and 443 to 8443: a Gateway server on 80 becomes pod listener 8080, reached from outside on port 80. A server port the gateway Service does not expose gets IST0162.', rules: ['R7.2.2', 'R7.2.3'], docUrl: DOCS.gateway },
    { title: 'Inside the mesh', text: 'For callers inside the mesh, NodePort and LoadBalancer Services behave exactly like ClusterIP Services; a Gateway does not apply to them at all.', docUrl: DOCS.trafficRouting },
  ],
};

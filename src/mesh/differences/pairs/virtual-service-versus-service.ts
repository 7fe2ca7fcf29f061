// Pair: VirtualService vs Service, the question the product was born from (reference §6.7).
import type { PairKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const virtualServiceVersusService: PairKnowledge = {
  kinds: ['VIRTUAL_SERVICE', 'SERVICE'],
  dependency: 'The VirtualService depends on the Service, not the other way round: its hosts and destination hosts are looked up in the service registry Istio builds from Services, and the Pods it sends to are that Service\'s endpoints (on the Service port, optionally narrowed by a subset). But the traffic does not pass through the ClusterIP: the caller\'s sidecar picks a Pod IP:targetPort itself, so kube-proxy never chooses the Pod.',
  dependencyRules: ['R5.1.2', 'R5.2.3', 'R5.6.1', 'R1.8.1'],
  dimensionNotes: {
    'traffic-management': 'Even without a VirtualService a sidecar does not behave like kube-proxy: it uses a default route with 2 retries, no timeout and LEAST_REQUEST per request, instead of a random Pod per connection.',
    'no-match-behaviour': 'kube-proxy forwards every connection on a declared port; once a VirtualService owns the host, an HTTP request that matches none of its routes gets 404 NR instead of reaching the Pods.',
    'target-selection': 'Both end at the same endpoints; the VirtualService names the Service port (cluster outbound|port|subset|fqdn), never the targetPort.',
    'osi-layer': 'The VirtualService\'s http rules apply only if Istio sees the Service port as HTTP (port name `http`/`http-*` or appProtocol).',
  },
  notes: [
    { title: 'Traffic does not go through the ClusterIP', text: 'On HTTP ports the sidecar selects the virtual host by the Host header, not by the destination IP, and connects straight to an endpoint Envoy chose; the Service supplies the name, the port and the endpoint list.', rules: ['R1.8.1', 'R5.2.3', 'R6.3.2'], docUrl: DOCS.trafficRouting },
    { title: 'The Host header decides, not the IP', text: 'A request to the Service\'s ClusterIP with an unknown Host header misses the VirtualService: it goes to the catch-all (passthrough) and kube-proxy balances it; conversely any IP with `Host: <service>` is routed by the VirtualService.', rules: ['R1.8.1', 'R1.8.2'], docUrl: DOCS.trafficRouting },
    { title: 'Same Pods, chosen differently', text: 'kube-proxy picks a random ready Pod per connection (iptables); the sidecar picks per request with LEAST_REQUEST unless a DestinationRule says otherwise, and ignores sessionAffinity.', rules: ['R6.5.1', 'R3.12.2', 'R6.5.3'], docUrl: DOCS.trafficRouting },
    { title: 'Defaults you get without writing them', text: 'Istio retries twice on connect-failure, refused-stream, unavailable and cancelled, and sets no timeout; kube-proxy does neither.', rules: ['R4.9.1', 'R4.7.1'], docUrl: DOCS.virtualService },
    { title: 'Callers without a sidecar', text: 'The VirtualService is applied by the calling proxy only: a Pod without a sidecar goes straight through kube-proxy and the VirtualService has no effect on it.', rules: ['R2.1.1'], docUrl: DOCS.trafficManagement },
  ],
};

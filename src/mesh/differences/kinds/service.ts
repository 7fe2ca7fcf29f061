// Knowledge: Kubernetes Service (reference §6).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const service: KindKnowledge = {
  kind: 'SERVICE',
  name: 'Service',
  apiVersion: 'v1',
  docUrl: DOCS.service,
  dimensions: {
    purpose: {
      value: 'A stable name and virtual IP for a set of Pods',
      explanation: 'A Service gives the Pods its selector matches one DNS name and (unless headless) a ClusterIP, and maps each port clients call to a targetPort on the Pods. Istio builds its service registry (hosts, ports, endpoints) from Services.',
      rules: ['R6.1.1', 'R6.2.1', 'R1.3.2', 'R6.3.1'],
      docUrl: DOCS.service,
    },
    'osi-layer': {
      value: 'L4 (TCP/UDP connections)',
      explanation: 'kube-proxy forwards connections by destination ClusterIP:port and never looks at the Host header, the path or any other header.',
      rules: ['R6.5.1'],
      docUrl: DOCS.virtualIps,
    },
    'enforced-by': {
      value: 'kube-proxy (iptables/IPVS) or an eBPF dataplane on every node',
      explanation: 'On each node, kube-proxy rewrites connections to ClusterIP:port into a ready Pod IP:targetPort; headless Services are not handled by kube-proxy at all (DNS returns the Pod IPs).',
      rules: ['R6.5.1'],
      docUrl: DOCS.virtualIps,
    },
    'target-selection': {
      value: 'Label selector on Pods in its own namespace',
      explanation: 'Every Pod in the Service\'s namespace whose labels contain all selector key/values is an endpoint, whatever Deployment owns it; only ready endpoints get traffic. Without a selector you supply the EndpointSlices yourself.',
      rules: ['R6.1.1', 'R6.1.2', 'R6.1.3'],
      docUrl: DOCS.service,
    },
    'traffic-management': {
      value: 'None beyond port mapping and session affinity',
      explanation: 'Connections are spread over ready endpoints (random per connection in iptables mode; IPVS offers rr/lc/sh and others) and sessionAffinity: ClientIP can pin a client. There is no path or header routing, no weights, retries, timeouts, fault injection, mirroring, rewrites or redirects.',
      rules: ['R6.5.1', 'R6.5.2'],
      docUrl: DOCS.virtualIps,
    },
    'no-match-behaviour': {
      value: 'Nothing to match: every connection on a declared port is forwarded',
      explanation: 'Any connection to the ClusterIP on a declared port goes to some ready endpoint whatever its path or Host header; kube-proxy never produces an HTTP status. With no ready endpoint the connection itself fails.',
      rules: ['R6.5.1', 'R6.1.2'],
      docUrl: DOCS.virtualIps,
    },
    'scope-visibility': {
      value: 'Namespaced; callable cluster-wide by DNS name',
      explanation: 'A Service selects Pods only in its own namespace but is called as `name.namespace.svc.cluster.local` from anywhere. Istio also reads the `networking.istio.io/exportTo` annotation (default all namespaces) to decide which proxies see it.',
      rules: ['R6.1.1', 'R1.3.2', 'R2.3.4'],
      docUrl: DOCS.service,
    },
    dependency: {
      value: 'Needs Pods (or EndpointSlices); the Istio and Gateway API kinds build on it',
      explanation: 'The Service depends only on Pods with matching labels (or hand-written EndpointSlices). VirtualServices, DestinationRules, HTTPRoutes and Ingresses refer to it by host or backend name and reach its endpoints.',
      rules: ['R6.1.1', 'R6.3.1', 'R5.1.2'],
      docUrl: DOCS.service,
    },
    'typical-mistakes': {
      value: 'Selector or port mismatches, protocol-less port names',
      explanation: 'Most Service problems are a selector that matches no Pod, a targetPort that is not what the container listens on, or a port name that hides the protocol from Istio.',
      docUrl: DOCS.service,
      mistakes: [
        { mistake: 'The selector matches no Pod (typo, or the label is on the Deployment instead of the Pod template).', symptom: 'The Service has no endpoints; connections fail, and in the mesh requests get 503 UH (no healthy upstream).', rules: ['R6.1.1', 'R6.1.3', 'R5.6.2'] },
        { mistake: 'targetPort is not the port the container listens on, or a named targetPort is missing on the Pod.', symptom: 'Connection refused or reset by the Pod (503 UF through a sidecar); a Pod without the named port is left out of the endpoints (UNVERIFIED).', rules: ['R6.2.1', 'R6.2.4'] },
        { mistake: 'Port named `web` (or `tcp`, or appProtocol tcp) for an HTTP application.', symptom: 'With `tcp` the VirtualService http rules never apply on that port; with an unrecognised name Istio falls back to protocol sniffing and istioctl analyze reports IST0118.', rules: ['R6.6.1', 'R6.6.3', 'R1.8.4'] },
        { mistake: 'Relying on sessionAffinity: ClientIP for callers inside the mesh.', symptom: 'Requests from sidecars are not pinned: Istio ignores sessionAffinity and balances per request; affinity needs a DestinationRule consistentHash.', rules: ['R6.5.3'] },
      ],
    },
  },
};

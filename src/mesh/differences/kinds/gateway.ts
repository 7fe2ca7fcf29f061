// Knowledge: Istio Gateway (networking.istio.io), reference §7.
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const gateway: KindKnowledge = {
  kind: 'GATEWAY',
  name: 'Gateway',
  apiVersion: 'networking.istio.io/v1',
  docUrl: DOCS.gateway,
  dimensions: {
    purpose: {
      value: 'Listeners (port, protocol, TLS, hosts) on ingress/egress gateway proxies',
      explanation: 'A Gateway opens ports on the Envoy gateway pods its selector matches and says which hosts they accept and how TLS is handled. What happens to an accepted request is decided by the VirtualServices bound to it.',
      rules: ['R7.1.1', 'R7.5.1', 'R7.6.1'],
      docUrl: DOCS.gateway,
    },
    'osi-layer': {
      value: 'L4-L7 edge: port, TLS/SNI, hosts',
      explanation: 'Each server is a port with a protocol and TLS mode; HTTP and terminated HTTPS servers hand requests to the http rules of bound VirtualServices, PASSTHROUGH servers only to tls (SNI) rules.',
      rules: ['R7.6.1'],
      docUrl: DOCS.gateway,
    },
    'enforced-by': {
      value: 'The gateway Envoy pods selected by spec.selector',
      explanation: 'A standalone gateway deployment (e.g. istio-ingressgateway), not the sidecars. A server port equal to a port of the Service in front of those pods is opened on that Service port\'s targetPort.',
      rules: ['R7.1.1', 'R7.1.2', 'R7.2.1'],
      docUrl: DOCS.gateway,
    },
    'target-selection': {
      value: 'Gateway pods by label selector; requests by server port and hosts',
      explanation: '`selector` picks gateway pods (in any namespace by default); server hosts `[namespace/]dnsName` say which hosts are accepted and from which namespaces VirtualServices may attach.',
      rules: ['R7.1.1', 'R7.4.1'],
      docUrl: DOCS.gateway,
    },
    'traffic-management': {
      value: 'TLS termination/passthrough and HTTPS redirect only; routing comes from VirtualServices',
      explanation: 'A Gateway terminates or passes through TLS and can answer plain HTTP with a 301 to https (`httpsRedirect`). Paths, weights, retries and timeouts come from the VirtualServices that list it in `gateways`.',
      rules: ['R7.6.1', 'R7.6.2', 'R7.5.1'],
      docUrl: DOCS.gateway,
    },
    'no-match-behaviour': {
      value: '404 NR',
      explanation: 'A Host no bound VirtualService covers, or a request no route matches, gets 404 NR; a port with no bound VirtualService answers 404 to everything (blackhole virtual host).',
      rules: ['R3.10.1', 'R3.10.2'],
      docUrl: DOCS.networkIssues,
    },
    'scope-visibility': {
      value: 'Namespaced object; programs gateway pods in any namespace by default',
      explanation: 'A VirtualService binds by naming it `namespace/name` (a bare name means the VirtualService\'s namespace) and must be exported to the gateway pods\' namespace. All Gateways selecting the same pods are merged.',
      rules: ['R2.1.3', 'R2.3.3', 'R7.1.1', 'R7.1.3'],
      docUrl: DOCS.gateway,
    },
    dependency: {
      value: 'Needs gateway pods (and their Service) and bound VirtualServices',
      explanation: 'Its selector must match gateway pods, normally exposed by a LoadBalancer Service; without a bound VirtualService it routes nothing.',
      rules: ['R7.1.1', 'R7.2.1', 'R3.10.2'],
      docUrl: DOCS.gateway,
    },
    'typical-mistakes': {
      value: 'Selector, binding, hosts and ports that do not line up',
      explanation: 'Gateway mistakes usually end in a 404 at the edge because the Gateway, the VirtualService and the gateway Service disagree.',
      docUrl: DOCS.networkIssues,
      mistakes: [
        { mistake: 'Selector `istio: ingressgateway` while the gateway was installed with the Helm chart (pods labelled `istio: ingress`).', symptom: 'The Gateway programs no pod; istioctl analyze reports IST0101 (selector).', rules: ['R7.1.2'] },
        { mistake: 'The VirtualService does not list the Gateway, or lists a bare name while the Gateway is in another namespace.', symptom: '404 NR at the gateway for every path.', rules: ['R2.1.3', 'R7.5.1', 'R3.10.2'] },
        { mistake: 'VirtualService hosts that do not intersect the server hosts.', symptom: '404 NR at the gateway; istioctl analyze reports IST0132.', rules: ['R7.4.2', 'R1.6.2'] },
        { mistake: 'Expecting mesh-only VirtualService subset rules to apply to ingress traffic.', symptom: 'Ingress traffic is spread over all versions (IST0140).', rules: ['R7.5.3'] },
        { mistake: 'A gateway-bound VirtualService with `exportTo: ["."]` in an application namespace.', symptom: 'The gateway in istio-system does not see it: 404.', rules: ['R2.3.3'] },
        { mistake: 'Using the gateway pod port (8443) or a port the gateway Service lacks as the server port.', symptom: 'Requests on the expected port get no route or a refused connection; istioctl analyze reports IST0162.', rules: ['R7.2.1', 'R7.2.3'] },
      ],
    },
  },
};

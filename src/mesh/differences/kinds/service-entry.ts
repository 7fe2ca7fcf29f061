// Knowledge: Istio ServiceEntry (reference R1.8.2, R5.1.3, R2.4.5, R6.6.2).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const serviceEntry: KindKnowledge = {
  kind: 'SERVICE_ENTRY',
  name: 'ServiceEntry',
  apiVersion: 'networking.istio.io/v1',
  docUrl: DOCS.serviceEntry,
  dimensions: {
    purpose: {
      value: 'Adds hosts Kubernetes does not know to Istio\'s service registry',
      explanation: 'A ServiceEntry declares hosts such as external APIs or VMs so that VirtualServices, DestinationRules and the REGISTRY_ONLY outbound policy can treat them like services.',
      rules: ['R5.1.3', 'R1.8.2'],
      docUrl: DOCS.serviceEntry,
    },
    'osi-layer': {
      value: 'Registry entry: hosts and ports with a protocol',
      explanation: 'Each port\'s protocol decides which rules can apply: http rules on HTTP ports, only tls (SNI) or tcp rules on HTTPS, TLS and TCP ports.',
      rules: ['R6.6.2'],
      docUrl: DOCS.serviceEntry,
    },
    'enforced-by': {
      value: 'istiod, as clusters on client sidecars and gateways',
      explanation: 'Nothing runs for it on its own: proxies get clusters and routes for its hosts. kube-proxy knows nothing about it.',
      rules: ['R5.3.1'],
      docUrl: DOCS.serviceEntry,
    },
    'target-selection': {
      value: 'Host names exactly as written; endpoints by resolution, endpoints or workloadSelector',
      explanation: 'ServiceEntry hosts are not expanded like short names; `resolution` (DNS, STATIC, NONE) with `endpoints` or a `workloadSelector` says where the traffic goes.',
      rules: ['R5.1.3'],
      docUrl: DOCS.serviceEntry,
    },
    'traffic-management': {
      value: 'None itself; VirtualServices and DestinationRules apply to its hosts',
      explanation: 'It only declares the host: routing, retries and timeouts come from a VirtualService for that host (HTTP ports only), TLS origination and load balancing from a DestinationRule (Bookinfo egress-rule-google-apis.yaml does both).',
      rules: ['R6.6.2'],
      docUrl: DOCS.serviceEntry,
    },
    'no-match-behaviour': {
      value: 'Hosts without an entry: passthrough (ALLOW_ANY) or 502 (REGISTRY_ONLY)',
      explanation: 'A request to a host neither Kubernetes nor a ServiceEntry declares falls to the sidecar catch-all: forwarded unchanged to the original address with ALLOW_ANY (the default), answered 502 with REGISTRY_ONLY.',
      rules: ['R1.8.2'],
      docUrl: DOCS.serviceEntry,
    },
    'scope-visibility': {
      value: 'Namespaced; exportTo limits which namespaces see it',
      explanation: 'If a Kubernetes Service has the same hostname in a sidecar\'s scope, the Kubernetes Service wins.',
      rules: ['R5.1.3', 'R2.4.5'],
      docUrl: DOCS.serviceEntry,
    },
    dependency: {
      value: 'Stands alone; VirtualServices and DestinationRules refer to its hosts',
      explanation: 'It needs no other object; VirtualService destinations and DestinationRule hosts can name its hosts like any registry service.',
      rules: ['R5.1.2', 'R5.1.3'],
      docUrl: DOCS.serviceEntry,
    },
    'typical-mistakes': {
      value: 'Missing entries under REGISTRY_ONLY, HTTP policies on TLS hosts, name clashes',
      explanation: 'ServiceEntry mistakes show up at the egress side: blocked calls or policies that do nothing.',
      docUrl: DOCS.serviceEntry,
      mistakes: [
        { mistake: 'Outbound policy REGISTRY_ONLY without a ServiceEntry for an external host.', symptom: 'Calls to that host get 502 (BlackHole).', rules: ['R1.8.2'] },
        { mistake: 'HTTP timeouts or retries in a VirtualService for an HTTPS (TLS passthrough) ServiceEntry port.', symptom: 'They have no effect: only SNI routing applies on TLS ports.', rules: ['R6.6.2'] },
        { mistake: 'A ServiceEntry host equal to a Kubernetes Service\'s hostname.', symptom: 'Sidecars keep using the Kubernetes Service; the entry seems ignored.', rules: ['R5.1.3'] },
      ],
    },
  },
};

// Knowledge: Istio Sidecar resource (reference §2.4).
import type { KindKnowledge } from '../types.js';
import { DOCS } from '../doc-urls.js';

export const sidecar: KindKnowledge = {
  kind: 'SIDECAR',
  name: 'Sidecar',
  apiVersion: 'networking.istio.io/v1',
  docUrl: DOCS.sidecar,
  dimensions: {
    purpose: {
      value: 'Narrows what a workload\'s sidecar proxy imports',
      explanation: 'By default every sidecar gets every visible service and VirtualService; a Sidecar restricts the egress hosts per namespace or workload (smaller config) and can set the outbound traffic policy.',
      rules: ['R2.4.1', 'R2.4.2'],
      docUrl: DOCS.sidecar,
    },
    'osi-layer': {
      value: 'Proxy scope: all protocols',
      explanation: 'It decides which services and VirtualServices exist on the proxy at all, so it affects L4 and L7 traffic alike.',
      rules: ['R2.4.3'],
      docUrl: DOCS.sidecar,
    },
    'enforced-by': {
      value: 'istiod, when building config for the selected sidecars',
      explanation: 'It shapes the config istiod sends to the selected sidecars; gateway proxies ignore Sidecar resources.',
      rules: ['R2.4.1', 'R2.4.4'],
      docUrl: DOCS.sidecar,
    },
    'target-selection': {
      value: 'workloadSelector, else the whole namespace (root namespace: mesh default)',
      explanation: 'A pod uses the oldest Sidecar whose workloadSelector matches it, else its namespace\'s selector-less Sidecar, else the one in istio-system, else an implicit one importing everything.',
      rules: ['R2.4.1'],
      docUrl: DOCS.sidecar,
    },
    'traffic-management': {
      value: 'None; only what is imported and the outbound policy',
      explanation: 'A service it does not import has no route on that client: requests to it fall into the catch-all (passthrough or 502) and its VirtualServices do not apply.',
      rules: ['R2.4.3', 'R1.8.2'],
      docUrl: DOCS.sidecar,
    },
    'no-match-behaviour': {
      value: 'Hosts not imported go to the catch-all',
      explanation: 'With ALLOW_ANY they are passed through to the original destination without Istio routing; with REGISTRY_ONLY they get 502.',
      rules: ['R2.4.3', 'R1.8.2'],
      docUrl: DOCS.sidecar,
    },
    'scope-visibility': {
      value: 'Per workload or namespace; egress hosts as `namespace/dnsName`',
      explanation: 'A Service is imported when its host matches an entry for the Service\'s namespace; a VirtualService when one of its hosts matches an entry for the VirtualService\'s namespace.',
      rules: ['R2.4.2'],
      docUrl: DOCS.sidecar,
    },
    dependency: {
      value: 'Imports services and VirtualServices by namespace and host',
      explanation: 'It refers to other objects only through egress host patterns; anything those patterns miss is invisible to the selected workloads.',
      rules: ['R2.4.2'],
      docUrl: DOCS.sidecar,
    },
    'typical-mistakes': {
      value: 'Egress hosts that leave something out, conflicting Sidecars',
      explanation: 'Sidecar mistakes make routing rules silently disappear for some clients.',
      docUrl: DOCS.sidecar,
      mistakes: [
        { mistake: 'Egress hosts that do not list a service\'s namespace.', symptom: 'Calls from those workloads skip the VirtualServices (passthrough) or get 502 with REGISTRY_ONLY.', rules: ['R2.4.3'] },
        { mistake: 'Listing the service namespace but not the VirtualService\'s namespace.', symptom: 'The service is reachable but its VirtualService is ignored for those workloads.', rules: ['R2.4.2'] },
        { mistake: 'More than one selector-less Sidecar in a namespace.', symptom: 'istioctl analyze reports IST0111 and the effective scope is unclear.' },
        { mistake: 'Expecting a Sidecar to restrict an ingress gateway.', symptom: 'No effect: gateways ignore Sidecar resources.', rules: ['R2.4.4'] },
      ],
    },
  },
};

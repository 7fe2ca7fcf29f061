// R6.6.1, R6.6.3: the port name prefix or appProtocol selects the protocol; anything else is sniffed.
import { ISTIO_ROOT_NAMESPACE } from '../../model.js';
import { defineRule } from '../define-rule.js';

/** Namespaces istioctl analyze skips for port naming (control plane and Kubernetes system namespaces). */
const SYSTEM_NAMESPACES = new Set([ISTIO_ROOT_NAMESPACE, 'kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);
const MANAGED_GATEWAY_LABEL = 'gateway.istio.io/managed';

export const servicePortProtocolUnknown = defineRule('MX0027', {
  description: 'Service port names should start with a protocol (http-, grpc-, tcp-...) or set appProtocol.',
  inputs: ['Service'],
  check(ctx) {
    for (const service of ctx.index.services) {
      if (SYSTEM_NAMESPACES.has(service.namespace) || service.resource.labels[MANAGED_GATEWAY_LABEL]) continue;
      for (const port of service.ports) {
        if (port.istio.protocol !== 'UNSUPPORTED') continue;
        const externalName = service.type === 'ExternalName';
        ctx.report({
          resource: service.resource,
          fieldPath: `spec.ports[${port.index}]${port.appProtocol ? '.appProtocol' : port.name ? '.name' : ''}`,
          message: `Port ${port.port} declares no protocol Istio knows: ${port.istio.reason}.`,
          symptom: externalName
            ? 'traffic to this ExternalName port is treated as opaque TCP'
            : 'HTTP rules apply only if sniffing recognises HTTP; otherwise traffic is plain TCP and L7 rules, retries and metrics are lost',
          fix: 'Name the port <protocol>[-suffix] (http, http2, grpc, tcp, tls...) or set appProtocol.',
          rules: ['R6.6.1', 'R6.6.3', 'R1.8.3'],
          istioCode: externalName ? 'IST0150' : 'IST0118',
          kialiCode: port.appProtocol ? 'KIA0602' : 'KIA0601',
        });
      }
    }
  },
});

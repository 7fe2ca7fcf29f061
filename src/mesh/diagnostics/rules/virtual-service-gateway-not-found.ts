// R2.1.3: gateway references resolve to `namespace/name` of a Gateway resource; a missing one is silently ignored.
import { defineRule } from '../define-rule.js';
import { findGateway } from '../support/gateway-pods.js';
import { matchGatewayRefs } from '../support/match-gateways.js';

export const virtualServiceGatewayNotFound = defineRule('MX0005', {
  description: 'Every gateway named in spec.gateways or in a match gateways list (other than mesh) must exist.',
  inputs: ['VirtualService', 'Gateway'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const refs = [...(virtualService.gatewaysDefaulted ? [] : virtualService.gateways), ...matchGatewayRefs(virtualService)];
      for (const ref of refs) {
        if (ref.normalized === 'mesh' || findGateway(ctx.index, ref.normalized)) continue;
        const [namespace, name] = ref.normalized.split('/');
        ctx.report({
          resource: virtualService.resource,
          fieldPath: ref.fieldPath,
          message: `Gateway "${ref.raw}" (${ref.normalized}) does not exist, so the rules bound to it are programmed into no gateway.`,
          symptom: 'requests entering through the intended gateway get 404 with response flag NR (the VirtualService is not attached)',
          fix: `Create Gateway ${ref.normalized}, or name an existing Gateway as namespace/name (a bare name means the VirtualService namespace).`,
          rules: ['R2.1.3', 'R2.1.4', 'R7.5.1'],
          related: [{ ref: { kind: 'Gateway', namespace: namespace ?? null, name: name ?? ref.raw } }],
        });
      }
    }
  },
});

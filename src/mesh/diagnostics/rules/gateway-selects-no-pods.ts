// R7.1.1, R7.1.2: a Gateway programs the gateway pods its selector matches (in any namespace).
import { defineRule } from '../define-rule.js';
import { istioGateways } from '../support/gateway-pods.js';

export const gatewaySelectsNoPods = defineRule('MX0023', {
  description: 'A Gateway selector should match a gateway Pod of the set (info: the Istio install usually provides it).',
  inputs: ['Gateway', 'Pod'],
  check(ctx) {
    for (const gateway of istioGateways(ctx.index)) {
      if (ctx.index.podsMatching(null, gateway.selector).length > 0) continue;
      const selector = Object.entries(gateway.selector).map(([k, v]) => `${k}=${v}`).join(',') || '(empty)';
      ctx.report({
        resource: gateway.resource,
        fieldPath: 'spec.selector',
        message: `No Pod of the set matches the Gateway selector ${selector}; the explanation assumes the gateway Pods the Istio install provides.`,
        symptom: 'if the cluster has no gateway Pods with these labels, nothing listens for this Gateway (connection refused or 404)',
        fix: 'Check the labels of the installed gateway (classic istio-ingressgateway uses istio=ingressgateway, the Helm gateway chart istio=ingress).',
        rules: ['R7.1.1', 'R7.1.2'],
      });
    }
  },
});

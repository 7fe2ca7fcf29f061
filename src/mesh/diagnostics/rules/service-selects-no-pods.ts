// R6.1.1: a Service's endpoints are the Pods in its namespace whose labels contain its selector.
import { defineRule } from '../define-rule.js';

export const serviceSelectsNoPods = defineRule('MX0026', {
  description: 'A Service with a selector must select at least one Pod (or pod template) in its namespace.',
  inputs: ['Service', 'Pod'],
  check(ctx) {
    for (const service of ctx.index.services) {
      if (service.type === 'ExternalName' || !service.selector || Object.keys(service.selector).length === 0) continue;
      if (ctx.index.podsMatching(service.namespace, service.selector).length > 0) continue;
      const selector = Object.entries(service.selector).map(([k, v]) => `${k}=${v}`).join(',');
      ctx.report({
        resource: service.resource,
        fieldPath: 'spec.selector',
        message: `Service selector ${selector} matches no Pod or pod template in namespace ${service.namespace}.`,
        symptom: 'the Service has no endpoints: sidecars answer 503 with response flag UH, kube-proxy refuses the connection',
        fix: 'Make the selector match the pod template labels of the workload (same namespace), or deploy the workload.',
        rules: ['R6.1.1', 'R6.1.3'],
      });
    }
  },
});

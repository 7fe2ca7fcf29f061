// R2.1.2, R2.3.1-R2.3.3, R7.5.1: which proxies get a VirtualService; none means it has no effect at all.
import { isExportedTo } from '../../hosts.js';
import { defineRule } from '../define-rule.js';
import { findGateway, gatewayPodNamespaces, isIstioGateway } from '../support/gateway-pods.js';

export const virtualServiceAppliesToNoProxy = defineRule('MX0012', {
  description: 'A VirtualService must reach some proxy: sidecars (mesh, exported somewhere) or an existing Gateway whose pods see it.',
  inputs: ['VirtualService', 'Gateway', 'Pod'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      if (virtualService.isDelegate) continue;
      const exportedNowhere = virtualService.exportTo.length > 0 && virtualService.exportTo.every((e) => e === '~');
      const reasons: string[] = [];
      let applies = false;
      for (const ref of virtualService.gateways) {
        if (ref.normalized === 'mesh') {
          if (exportedNowhere) reasons.push('exportTo "~" hides it from every sidecar');
          else applies = true;
          continue;
        }
        const gateway = findGateway(ctx.index, ref.normalized);
        if (!gateway) { reasons.push(`Gateway ${ref.normalized} does not exist`); continue; }
        if (!isIstioGateway(gateway)) { applies = true; continue; }
        const { namespaces, assumed } = gatewayPodNamespaces(ctx.index, gateway);
        if (namespaces.some((ns) => isExportedTo(virtualService.exportTo, virtualService.namespace, ns))) { applies = true; continue; }
        reasons.push(`it is not exported to ${namespaces.join(', ')}, where the pods of Gateway ${gateway.key} run${assumed ? ' (assumed)' : ''}`);
      }
      if (applies) continue;
      const meshListed = virtualService.gateways.some((g) => g.normalized === 'mesh');
      if (!meshListed && !exportedNowhere) reasons.push('gateways does not list "mesh", so sidecars ignore it');
      ctx.report({
        resource: virtualService.resource,
        fieldPath: exportedNowhere ? 'spec.exportTo' : 'spec.gateways',
        message: `VirtualService applies to no proxy: ${reasons.join('; ')}.`,
        symptom: 'its routes never take effect; requests follow the default routing of the target Service',
        fix: 'List "mesh" and/or an existing Gateway in spec.gateways, and export the VirtualService to the namespaces of its callers.',
        rules: ['R2.1.1', 'R2.1.2', 'R2.3.1', 'R2.3.3', 'R7.5.1'],
      });
    }
  },
});

// R2.7.1, R2.7.2: a delegate must exist, have no hosts, and be exported to the root's namespace; else the root route is dropped.
import { asArray, asObject, asString, getIn, type Resource } from '../../model.js';
import { isExportedTo } from '../../hosts.js';
import { defineRule } from '../define-rule.js';

export const virtualServiceDelegateNotFound = defineRule('MX0013', {
  description: 'A route delegate must name an existing host-less VirtualService exported to the root namespace.',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const root of ctx.index.virtualServices) {
      asArray(getIn(root.resource.object, 'spec', 'http')).forEach((route, i) => {
        const delegate = asObject(getIn(route, 'delegate'));
        if (!delegate) return;
        const name = asString(delegate.name) ?? '';
        const namespace = asString(delegate.namespace) ?? root.namespace;
        const target = ctx.index.virtualService(namespace, name);
        let problem: string | null = null;
        let related: Resource | null = null;
        if (!target) problem = 'does not exist';
        else if (!target.isDelegate) { problem = 'has hosts, so it is not a delegate'; related = target.resource; }
        else if (!isExportedTo(target.exportTo, target.namespace, root.namespace)) {
          problem = `is not exported to namespace ${root.namespace}`;
          related = target.resource;
        }
        if (!problem) return;
        ctx.report({
          resource: root.resource,
          fieldPath: `spec.http[${i}].delegate`,
          message: `Delegate VirtualService ${namespace}/${name} ${problem}, so route ${i} is dropped.`,
          symptom: 'requests that would match this route fall through to the next routes, often 404 with response flag NR',
          fix: `Create VirtualService ${namespace}/${name} without hosts (and exported to ${root.namespace}), or fix the delegate name/namespace.`,
          rules: ['R2.7.1', 'R2.7.2'],
          related: related ? [{ resource: related }] : [{ ref: { kind: 'VirtualService', namespace, name } }],
        });
      });
    }
  },
});

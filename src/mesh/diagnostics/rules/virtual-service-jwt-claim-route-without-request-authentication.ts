// JWT claim matches (`@request.auth.claims.*` headers) need a RequestAuthentication on the gateway Pods (IST0149).
import { asArray, asObject, getIn, ISTIO_ROOT_NAMESPACE } from '../../model.js';
import type { GatewayInfo, MeshIndex } from '../../index/types.js';
import { isJwtClaimKey } from '../../routing/match/header-conditions.js';
import { defineRule } from '../define-rule.js';
import { findGateway, gatewayPods } from '../support/gateway-pods.js';

function authenticated(index: MeshIndex, gateway: GatewayInfo): boolean {
  const pods = gatewayPods(index, gateway);
  return index.byKind('RequestAuthentication').some((r) => {
    const selector = asObject(getIn(r.object, 'spec', 'selector', 'matchLabels')) as Record<string, string> | undefined;
    const applies = (ns: string) => r.namespace === ISTIO_ROOT_NAMESPACE || r.namespace === ns;
    if (pods.length === 0) return applies(gateway.namespace) && !selector;
    return pods.some((p) => applies(p.namespace) && Object.entries(selector ?? {}).every(([k, v]) => p.labels[k] === v));
  });
}

function claimMatches(spec: unknown): string[] {
  const out: string[] = [];
  asArray(getIn(spec, 'http')).forEach((route, i) => asArray(getIn(route, 'match')).forEach((match, j) => {
    for (const key of Object.keys(asObject(getIn(match, 'headers')) ?? {})) if (isJwtClaimKey(key)) out.push(`spec.http[${i}].match[${j}].headers`);
  }));
  return [...new Set(out)];
}

export const virtualServiceJwtClaimRouteWithoutRequestAuthentication = defineRule('MX0018', {
  description: 'Routing on @request.auth.claims headers at a gateway needs a RequestAuthentication selecting its Pods.',
  inputs: ['VirtualService', 'Gateway', 'Pod', 'RequestAuthentication'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      const paths = claimMatches(virtualService.resource.object.spec);
      if (paths.length === 0) continue;
      for (const ref of virtualService.gateways) {
        const gateway = ref.normalized === 'mesh' ? undefined : findGateway(ctx.index, ref.normalized);
        if (!gateway || authenticated(ctx.index, gateway)) continue;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: paths[0],
          message: `This route matches JWT claims but no RequestAuthentication applies to the Pods of Gateway ${gateway.key}, so the claims are never available.`,
          symptom: 'requests never match the claim-based route (404 NR or a later route answers)',
          fix: `Add a RequestAuthentication whose selector matches the pods of Gateway ${gateway.key} (in their namespace or istio-system).`,
          rules: ['R3.3.1'],
          related: [{ resource: gateway.resource, fieldPath: 'spec.selector' }],
        });
      }
    }
  },
});

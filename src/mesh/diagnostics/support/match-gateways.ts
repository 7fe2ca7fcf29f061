// Gateway references inside route matches (R2.1.3 applies to them too).
import { asArray, getIn } from '../../model.js';
import { normalizeGatewayRef } from '../../hosts.js';
import type { GatewayRefInfo, VirtualServiceInfo } from '../../index/types.js';
import { fieldPath } from './field-path.js';

export function matchGatewayRefs(virtualService: VirtualServiceInfo): GatewayRefInfo[] {
  const out: GatewayRefInfo[] = [];
  const spec = getIn(virtualService.resource.object, 'spec');
  for (const section of ['http', 'tcp', 'tls'] as const) {
    asArray(getIn(spec, section)).forEach((route, i) => {
      asArray(getIn(route, 'match')).forEach((match, j) => {
        asArray(getIn(match, 'gateways')).forEach((raw, k) => {
          if (typeof raw !== 'string') return;
          out.push({ raw, normalized: normalizeGatewayRef(raw, virtualService.namespace), fieldPath: fieldPath('spec', section, i, 'match', j, 'gateways', k) });
        });
      });
    });
  }
  return out;
}

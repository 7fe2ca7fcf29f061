// VirtualServices: hosts expanded in the VirtualService namespace (R1.1.1-R1.1.3, R1.1.5), gateways
// normalized (R2.1.1-R2.1.3), exportTo (R2.3.1), delegates (R2.7.1).
import { asArray, getIn, type Resource } from '../model.js';
import { normalizeGatewayRef, resolveShortName } from '../hosts.js';
import type { GatewayRefInfo, VirtualServiceInfo } from './types.js';
import { specExportTo } from './export-to.js';

function readGateways(r: Resource, namespace: string): GatewayRefInfo[] {
  return asArray(getIn(r.object, 'spec', 'gateways')).flatMap((raw, i) =>
    typeof raw === 'string' && raw.trim() !== ''
      ? [{ raw, normalized: normalizeGatewayRef(raw, namespace), fieldPath: `spec.gateways[${i}]` }]
      : [],
  );
}

export function readVirtualService(r: Resource, domainSuffix: string): VirtualServiceInfo {
  const namespace = r.namespace ?? 'default';
  const hosts = asArray(getIn(r.object, 'spec', 'hosts')).flatMap((raw, i) =>
    typeof raw === 'string' ? [{ raw, fqdn: resolveShortName(raw, namespace, domainSuffix), fieldPath: `spec.hosts[${i}]` }] : [],
  );
  const written = readGateways(r, namespace);
  const gatewaysDefaulted = written.length === 0;
  return {
    resource: r, namespace, name: r.name, hosts,
    gateways: gatewaysDefaulted ? [{ raw: 'mesh', normalized: 'mesh', fieldPath: 'spec.gateways' }] : written,
    gatewaysDefaulted, exportTo: specExportTo(r), creationTimestamp: r.creationTimestamp,
    isDelegate: hosts.length === 0,
  };
}

// Kubernetes Services as the engine reads them (R6.1.1, R6.2.1, R6.4, R6.6.1, R2.3.4).
import { asArray, asObject, asString, asStringMap, getIn, type Labels, type Resource } from '../model.js';
import { serviceFqdn } from '../hosts.js';
import { istioProtocolOf } from '../protocol.js';
import type { ServiceInfo, ServicePortInfo, ServiceType } from './types.js';
import { serviceExportTo } from './export-to.js';

const SERVICE_TYPES = new Set<string>(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);

function readPort(raw: unknown, index: number): ServicePortInfo | null {
  const o = asObject(raw);
  const port = Number(o?.port);
  if (!o || !Number.isInteger(port)) return null;
  const written = o.targetPort;
  const targetPort = typeof written === 'number' || (typeof written === 'string' && written !== '') ? written : port;
  const name = asString(o.name) ?? null;
  const appProtocol = asString(o.appProtocol) ?? null;
  const protocol = asString(o.protocol) ?? 'TCP';
  const nodePort = Number(o.nodePort);
  return {
    index, name, port, targetPort, targetPortDefaulted: targetPort === port && written === undefined, protocol, appProtocol,
    nodePort: Number.isInteger(nodePort) ? nodePort : null,
    istio: istioProtocolOf({ name, appProtocol, protocol, port }),
  };
}

/** R6.1.1: an empty or absent selector means no selector (endpoints are supplied); ExternalName ignores it. */
function selectorOf(type: ServiceType, spec: unknown): Labels | null {
  if (type === 'ExternalName') return null;
  const selector = asStringMap(getIn(spec, 'selector'));
  return Object.keys(selector).length > 0 ? selector : null;
}

export function readService(r: Resource, domainSuffix: string): ServiceInfo {
  const spec = getIn(r.object, 'spec');
  const written = asString(getIn(spec, 'type')) ?? 'ClusterIP';
  const type = (SERVICE_TYPES.has(written) ? written : 'ClusterIP') as ServiceType;
  const clusterIP = asString(getIn(spec, 'clusterIP')) ?? null;
  const namespace = r.namespace ?? 'default';
  const ports = asArray(getIn(spec, 'ports'))
    .map(readPort)
    .filter((p): p is ServicePortInfo => p !== null);
  return {
    resource: r, namespace, name: r.name, fqdn: serviceFqdn(r.name, namespace, domainSuffix), type,
    headless: clusterIP === 'None', clusterIP,
    externalName: type === 'ExternalName' ? (asString(getIn(spec, 'externalName'))?.toLowerCase() ?? null) : null,
    selector: selectorOf(type, spec), ports, exportTo: serviceExportTo(r),
    publishNotReadyAddresses: getIn(spec, 'publishNotReadyAddresses') === true,
    sessionAffinity: asString(getIn(spec, 'sessionAffinity')) ?? 'None',
  };
}

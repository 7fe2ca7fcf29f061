// Gateways: selector (R7.1.1) and servers with hosts split into namespace/dnsName (R7.4.1).
import { asArray, asObject, asString, asStringMap, getIn, type Resource } from '../model.js';
import { splitNamespacedHost } from '../hosts.js';
import type { GatewayInfo, GatewayServerInfo } from './types.js';

function readServer(raw: unknown, index: number, namespace: string): GatewayServerInfo | null {
  const o = asObject(raw);
  if (!o) return null;
  const number = Number(getIn(o, 'port', 'number'));
  return {
    index, fieldPath: `spec.servers[${index}]`,
    port: {
      number: Number.isInteger(number) ? number : 0,
      name: asString(getIn(o, 'port', 'name')) ?? null,
      protocol: (asString(getIn(o, 'port', 'protocol')) ?? 'HTTP').toUpperCase(),
    },
    hosts: asArray(o.hosts)
      .filter((h): h is string => typeof h === 'string')
      .map((h) => ({ raw: h, ...splitNamespacedHost(h, namespace, '*') })),
    tlsMode: asString(getIn(o, 'tls', 'mode')) ?? null,
    httpsRedirect: getIn(o, 'tls', 'httpsRedirect') === true,
    bind: asString(o.bind) ?? null,
  };
}

export function readGateway(r: Resource): GatewayInfo {
  const namespace = r.namespace ?? 'default';
  return {
    resource: r, namespace, name: r.name, key: `${namespace}/${r.name}`,
    selector: asStringMap(getIn(r.object, 'spec', 'selector')),
    servers: asArray(getIn(r.object, 'spec', 'servers'))
      .map((s, i) => readServer(s, i, namespace))
      .filter((s): s is GatewayServerInfo => s !== null),
  };
}

import { asArray, asObject, asString, getIn, type Resource } from '../model.js';
import type { ListenerInfo } from './types.js';

/** spec.listeners of a Gateway API Gateway; entries without a name or a valid port are left out. */
export function readListeners(gateway: Resource): ListenerInfo[] {
  const listeners: ListenerInfo[] = [];
  asArray(getIn(gateway.object, 'spec', 'listeners')).forEach((raw, index) => {
    const o = asObject(raw);
    const name = asString(o?.name);
    const port = Number(o?.port);
    if (!o || !name || !Number.isInteger(port) || port <= 0) return;
    const hostname = asString(o.hostname);
    listeners.push({
      index, fieldPath: `spec.listeners[${index}]`, name, port,
      protocol: (asString(o.protocol) ?? 'HTTP').toUpperCase(),
      hostname: hostname ? hostname.toLowerCase() : null,
    });
  });
  return listeners;
}

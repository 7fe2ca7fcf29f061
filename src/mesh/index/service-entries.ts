// ServiceEntries: hosts as written (R5.1.3), ports, and a host lookup with wildcard support (R1.5.1).
import { asArray, asObject, asString, asStringMap, getIn, type Resource } from '../model.js';
import { hostMatches, isWildcardHost } from '../hosts.js';
import { istioProtocolOf } from '../protocol.js';
import type { ProtocolDecision, ServiceEntryInfo } from './types.js';
import { specExportTo } from './export-to.js';

function portProtocol(protocol: string | null, name: string | null, port: number): ProtocolDecision {
  if (protocol) {
    const decided = istioProtocolOf({ name: protocol, port });
    return { ...decided, reason: `ServiceEntry port protocol "${protocol}"${decided.sniffed ? ' is not one Istio knows, so Istio sniffs the protocol' : ''}` };
  }
  return istioProtocolOf({ name, port });
}

export function readServiceEntry(r: Resource): ServiceEntryInfo {
  const spec = getIn(r.object, 'spec');
  const ports = asArray(getIn(spec, 'ports')).flatMap((raw) => {
    const o = asObject(raw);
    const number = Number(o?.number);
    if (!o || !Number.isInteger(number)) return [];
    const name = asString(o.name) ?? null;
    const protocol = asString(o.protocol) ?? null;
    const targetPort = Number(o.targetPort);
    return [{ number, name, protocol, targetPort: Number.isInteger(targetPort) ? targetPort : null, istio: portProtocol(protocol, name, number) }];
  });
  const selector = asStringMap(getIn(spec, 'workloadSelector', 'labels'));
  return {
    resource: r, namespace: r.namespace ?? 'default', name: r.name,
    hosts: asArray(getIn(spec, 'hosts')).filter((h): h is string => typeof h === 'string').map((h) => h.toLowerCase()),
    ports, resolution: asString(getIn(spec, 'resolution')) ?? 'NONE', location: asString(getIn(spec, 'location')) ?? 'MESH_EXTERNAL',
    exportTo: specExportTo(r), workloadSelector: Object.keys(selector).length > 0 ? selector : null,
  };
}

export function createServiceEntryHostIndex(entries: readonly ServiceEntryInfo[]): (host: string) => ServiceEntryInfo[] {
  const exact = new Map<string, ServiceEntryInfo[]>();
  const wildcards: { pattern: string; entry: ServiceEntryInfo }[] = [];
  for (const entry of entries) {
    for (const host of new Set(entry.hosts)) {
      if (isWildcardHost(host)) wildcards.push({ pattern: host, entry });
      else (exact.get(host) ?? exact.set(host, []).get(host)!).push(entry);
    }
  }
  return (host) => {
    const h = host.toLowerCase();
    const found = [...(exact.get(h) ?? [])];
    for (const w of wildcards) if (hostMatches(w.pattern, h) && !found.includes(w.entry)) found.push(w.entry);
    return found;
  };
}

// Wraps a MeshIndex so the kinds a rule reads are recorded (meta-test: declared inputs = kinds read).
import type { MeshIndex } from '../index/types.js';

const KIND_OF_MEMBER: Record<string, string> = {
  virtualServices: 'VirtualService', virtualService: 'VirtualService',
  destinationRules: 'DestinationRule',
  gateways: 'Gateway', gateway: 'Gateway',
  services: 'Service', service: 'Service', serviceByFqdn: 'Service', servicesSelecting: 'Service', endpoints: 'Service',
  pods: 'Pod', pod: 'Pod', podsMatching: 'Pod', podsOfWorkload: 'Pod',
  serviceEntries: 'ServiceEntry', serviceEntriesForHost: 'ServiceEntry',
  sidecars: 'Sidecar',
  namespaces: 'Namespace',
};

export function recordingIndex(index: MeshIndex, kindsRead: Set<string>): MeshIndex {
  return new Proxy(index, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string') return value;
      const kind = KIND_OF_MEMBER[property];
      if (kind) kindsRead.add(kind);
      if (typeof value !== 'function') return value;
      if (property === 'byKind' || property === 'get') {
        return (kindArgument: string, ...rest: unknown[]) => {
          kindsRead.add(kindArgument);
          return (value as (...args: unknown[]) => unknown).call(target, kindArgument, ...rest);
        };
      }
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}

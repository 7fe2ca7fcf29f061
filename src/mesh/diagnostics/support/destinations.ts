// Every destination a VirtualService names, with its field path (R1.1.2: route destinations and mirrors).
import { asArray, asObject, asString, getIn, type JsonObject } from '../../model.js';
import { resolveShortName } from '../../hosts.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { fieldPath } from './field-path.js';

export type RouteSection = 'http' | 'tcp' | 'tls';

export interface VirtualServiceDestination {
  section: RouteSection;
  routeIndex: number;
  mirror: boolean;
  /** Path of the `destination` object (or of `mirror`). */
  fieldPath: string;
  /** As written; '' when missing. */
  hostRaw: string;
  /** Expanded per R1.1.1 in the VirtualService namespace. */
  host: string;
  subset: string | null;
  port: number | null;
  /** `weight` as written on the route destination; null for mirrors or when absent. */
  weight: number | null;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function describe(destination: JsonObject | undefined, namespace: string): Pick<VirtualServiceDestination, 'hostRaw' | 'host' | 'subset' | 'port'> {
  const hostRaw = asString(destination?.host) ?? '';
  return {
    hostRaw,
    host: hostRaw === '' ? '' : resolveShortName(hostRaw, namespace),
    subset: asString(destination?.subset) ?? null,
    port: numberOrNull(getIn(destination, 'port', 'number')),
  };
}

function mirrorsOf(route: unknown, section: RouteSection, routeIndex: number, namespace: string): VirtualServiceDestination[] {
  const out: VirtualServiceDestination[] = [];
  const single = asObject(getIn(route, 'mirror'));
  if (single) {
    out.push({ section, routeIndex, mirror: true, fieldPath: fieldPath('spec', section, routeIndex, 'mirror'), weight: null, ...describe(single, namespace) });
  }
  asArray(getIn(route, 'mirrors')).forEach((m, k) => {
    const destination = asObject(getIn(m, 'destination'));
    out.push({ section, routeIndex, mirror: true, fieldPath: fieldPath('spec', section, routeIndex, 'mirrors', k, 'destination'), weight: null, ...describe(destination, namespace) });
  });
  return out;
}

const parsed = new WeakMap<VirtualServiceInfo, readonly VirtualServiceDestination[]>();

/** Parsed once per VirtualService (several rules read them); callers must not change the list. */
export function virtualServiceDestinations(virtualService: VirtualServiceInfo): readonly VirtualServiceDestination[] {
  let found = parsed.get(virtualService);
  if (!found) parsed.set(virtualService, (found = Object.freeze(parse(virtualService))));
  return found;
}

function parse(virtualService: VirtualServiceInfo): VirtualServiceDestination[] {
  const out: VirtualServiceDestination[] = [];
  const spec = getIn(virtualService.resource.object, 'spec');
  for (const section of ['http', 'tcp', 'tls'] as const) {
    asArray(getIn(spec, section)).forEach((route, routeIndex) => {
      asArray(getIn(route, 'route')).forEach((entry, j) => {
        const destination = asObject(getIn(entry, 'destination'));
        out.push({
          section, routeIndex, mirror: false,
          fieldPath: fieldPath('spec', section, routeIndex, 'route', j, 'destination'),
          weight: numberOrNull(getIn(entry, 'weight')),
          ...describe(destination, virtualService.namespace),
        });
      });
      if (section === 'http') out.push(...mirrorsOf(route, section, routeIndex, virtualService.namespace));
    });
  }
  return out;
}

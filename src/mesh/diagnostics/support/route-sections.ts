// Every http, tcp and tls route of a VirtualService with its `route` destinations, for the rules that look at
// destinations route by route (weights) rather than one by one (support/destinations.ts).
import { asArray, getIn } from '../../model.js';
import type { VirtualServiceInfo } from '../../index/types.js';

export const ROUTE_SECTIONS = ['http', 'tcp', 'tls'] as const;

export interface RouteEntry {
  section: (typeof ROUTE_SECTIONS)[number];
  index: number;
  destinations: unknown[];
}

export function routeEntries(virtualService: VirtualServiceInfo): RouteEntry[] {
  return ROUTE_SECTIONS.flatMap((section) =>
    asArray(getIn(virtualService.resource.object, 'spec', section)).map((route, index) => ({
      section, index, destinations: asArray(getIn(route, 'route')),
    })));
}

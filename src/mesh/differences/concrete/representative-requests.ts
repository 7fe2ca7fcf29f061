// Representative requests for a host: one per http route of the deciding VirtualService (built from its first
// match), one that matches none (404 NR, R3.10.1), and one per gateway-bound route that sends to the Service.
import { asArray, asObject, asString } from '../../model.js';
import type { MeshIndex, ServiceInfo, VirtualServiceInfo } from '../../index/types.js';
import { describeMatch } from '../../routing/match/index.js';
import type { RouteRequest } from '../../routing/types.js';
import type { RequestDerivation } from './host-comparison-types.js';
import { gatewayRefs, httpRoutesOf, meshOwner, routeSendsTo, routesTo } from './applicable-virtual-services.js';
import { gatewayEntry } from './gateway-entry.js';
import { requestForMatch } from './request-for-match.js';
import { unmatchedPath } from './unmatched-path.js';

export interface RepresentativeRequest { label: string; derivation: RequestDerivation; request: RouteRequest }

function firstMatch(route: unknown) {
  return asObject(asArray(asObject(route)?.match)[0]);
}

function routeLabel(route: unknown, index: number): string {
  const name = asString(asObject(route)?.name);
  return name ? `route ${index} (${name})` : `route ${index}`;
}

function forRoute(v: VirtualServiceInfo, route: unknown, i: number, base: RouteRequest): RepresentativeRequest {
  const match = firstMatch(route);
  const built = requestForMatch(match, base.host);
  const request: RouteRequest = {
    ...base,
    host: built.authority ?? base.host,
    port: built.port ?? base.port,
    path: built.path,
    ...(built.method ? { method: built.method } : {}),
    ...(built.scheme ? { scheme: built.scheme } : {}),
    headers: built.headers,
    ...(built.sourceLabels || built.sourceNamespace
      ? { source: { namespace: built.sourceNamespace ?? base.source?.namespace ?? null, labels: built.sourceLabels ?? {} } } : {}),
  };
  const shown = match ? describeMatch(match) : 'everything';
  return {
    label: `${routeLabel(route, i)}: ${shown}`,
    derivation: { virtualService: { namespace: v.namespace, name: v.name }, routeIndex: i, matchIndex: match ? 0 : null, match: shown, problems: built.problems },
    request,
  };
}

function meshRequests(v: VirtualServiceInfo, base: RouteRequest): RepresentativeRequest[] {
  const routes = httpRoutesOf(v);
  const out = routes.map((route, i) => forRoute(v, route, i, base));
  const path = unmatchedPath(routes, base.host);
  if (path !== null) {
    out.push({
      label: 'a request no route matches',
      derivation: { virtualService: { namespace: v.namespace, name: v.name }, routeIndex: null, matchIndex: null, match: 'no route', problems: [] },
      request: { ...base, path },
    });
  }
  return out;
}

/** Requests a sidecar client in the Service's namespace would send, plus gateway-entry requests. */
export function representativeRequests(index: MeshIndex, service: ServiceInfo, port: number): RepresentativeRequest[] {
  const base: RouteRequest = { host: service.name, port, path: '/', source: { namespace: service.namespace } };
  const owner = meshOwner(index, service, service.namespace);
  const out: RepresentativeRequest[] = owner
    ? meshRequests(owner, base)
    : [{ label: 'any request (no VirtualService: default route)', derivation: { virtualService: null, routeIndex: null, matchIndex: null, match: 'everything', problems: [] }, request: { ...base, path: '/' } }];
  for (const v of index.virtualServices) {
    if (v.isDelegate || gatewayRefs(v).length === 0 || !routesTo(v, service)) continue;
    for (const ref of gatewayRefs(v)) {
      const entry = gatewayEntry(index, v, ref, service);
      if (!entry) continue;
      httpRoutesOf(v).forEach((route, i) => {
        if (!routeSendsTo(route, v.namespace, service)) return;
        const built = forRoute(v, route, i, { host: entry.host, port: entry.port, path: '/', gateway: ref });
        built.label = `via Gateway ${ref}, ${built.label}`;
        out.push(built);
      });
    }
  }
  return out;
}

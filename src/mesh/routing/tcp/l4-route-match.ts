// Which tcp: or tls: route of the VirtualServices bound to a listener takes a connection. Istio builds one
// filter chain per match, in VirtualService order then route order; the first that fits wins
// (upstream pilot/pkg/networking/core/tcproute.go buildOutboundNetworkFiltersWithSingleDestination and
// buildSidecarOutboundTLSFilterChainOpts / buildSidecarOutboundTCPTLSFilterChainOpts; matchTCP / matchTLS).
import { hostMatches } from '../../hosts.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { asArray, asObject, asString, getIn, type JsonObject, type Labels } from '../../model.js';
import { ipInSubnet } from './cidr.js';

export interface L4Connection {
  port: number;
  /** The IP dialled; null on a gateway (the gateway's own address is not modelled). */
  address: string | null;
  sni: string | null;
  sourceNamespace: string;
  sourceLabels: Labels;
  /** `mesh`, or the `namespace/name` of the Gateway the connection came through. */
  gateway: string;
}

export interface L4RouteChoice {
  virtualService: VirtualServiceInfo;
  kind: 'tcp' | 'tls';
  index: number;
  rule: JsonObject;
  fieldPath: string;
}

function labelsMatch(selector: unknown, labels: Labels): boolean {
  const wanted = asObject(selector);
  if (!wanted) return true;
  return Object.entries(wanted).every(([k, v]) => labels[k] === v);
}

function matchFits(match: JsonObject, kind: 'tcp' | 'tls', c: L4Connection, ownNamespace: string): boolean {
  const port = match.port;
  if (typeof port === 'number' && port !== c.port) return false;
  const subnets = asArray(match.destinationSubnets).map((s) => asString(s) ?? '');
  if (subnets.length > 0 && (!c.address || !subnets.some((s) => ipInSubnet(c.address ?? '', s)))) return false;
  if (!labelsMatch(match.sourceLabels, c.sourceLabels)) return false;
  const sourceNamespace = asString(match.sourceNamespace);
  if (sourceNamespace && sourceNamespace !== c.sourceNamespace) return false;
  const gateways = asArray(match.gateways).map((g) => asString(g) ?? '');
  if (gateways.length > 0 && !gateways.some((g) => (g === 'mesh' ? 'mesh' : g.includes('/') ? g : `${ownNamespace}/${g}`) === c.gateway)) return false;
  if (kind === 'tls') {
    const sniHosts = asArray(match.sniHosts).map((h) => asString(h) ?? '');
    if (!c.sni || !sniHosts.some((h) => hostMatches(h, c.sni ?? ''))) return false;
  }
  return true;
}

/** The first tcp/tls route (in the given VirtualService order) whose match fits, or null. */
export function chooseL4Route(virtualServices: readonly VirtualServiceInfo[], kinds: readonly ('tcp' | 'tls')[], c: L4Connection): L4RouteChoice | null {
  for (const kind of kinds) {
    for (const virtualService of virtualServices) {
      const rules = asArray(getIn(virtualService.resource.object, 'spec', kind));
      for (let index = 0; index < rules.length; index++) {
        const rule = asObject(rules[index]);
        if (!rule) continue;
        const matches = asArray(rule.match).map(asObject).filter((m): m is JsonObject => m !== undefined);
        // tls routes need an SNI match; tcp routes without match take every connection.
        const fits = matches.length === 0 ? kind === 'tcp' : matches.some((m) => matchFits(m, kind, c, virtualService.namespace));
        if (fits) return { virtualService, kind, index, rule, fieldPath: `spec.${kind}[${index}]` };
      }
    }
  }
  return null;
}

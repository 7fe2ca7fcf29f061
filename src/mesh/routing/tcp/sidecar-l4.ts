// The client sidecar with a TCP connection or a TLS ClientHello (R1.8.4): listener ClusterIP:port (or
// 0.0.0.0:port without a VIP), tcp/tls routes of mesh-bound VirtualServices, else the dialled service's cluster;
// unknown addresses go to PassthroughCluster (ALLOW_ANY) or BlackHoleCluster (REGISTRY_ONLY).
// Upstream: pilot/pkg/networking/core/listener.go buildSidecarOutboundTCPListenerOptsForPortOrUDS.
import { hostMatches } from '../../hosts.js';
import type { MeshIndex } from '../../index/types.js';
import { makeStep } from '../../trace/steps.js';
import { dialledService, type Dialled } from '../dns.js';
import { portOf, registryOf } from '../registry.js';
import type { NormalizedRequest } from '../request.js';
import { defaultDestination, routeDestinations } from './l4-destinations.js';
import { inConfigOrder, outcomeOf, visibleFrom, type L4Decision } from './l4-decision.js';
import { chooseL4Route } from './l4-route-match.js';
import { domainSuffixOf } from '../../index/extra-types.js';

export function findDialled(index: MeshIndex, r: NormalizedRequest): Dialled | null {
  return dialledService(index, registryOf(index), r.hostname, r.address, r.sourceNamespace, domainSuffixOf(index));
}

function passthrough(r: NormalizedRequest, port: number): L4Decision {
  const blocked = r.outboundTrafficPolicy === 'REGISTRY_ONLY';
  const cluster = blocked ? 'BlackHoleCluster' : 'PassthroughCluster';
  const step = makeStep({ stage: 'listener', decision: blocked ? 'failed' : 'selected', rules: ['R1.8.4'], reason: `No service in the registry owns ${r.address ?? r.hostname}:${port}, so the virtual outbound listener sends the connection to ${cluster} (outboundTrafficPolicy ${r.outboundTrafficPolicy}).` });
  return { listener: 'virtualOutbound', failure: null, outcome: blocked ? 'BLOCKED' : 'PASSTHROUGH', cause: blocked ? 'the destination is not in the registry and outboundTrafficPolicy is REGISTRY_ONLY' : 'the destination is not in the registry, so the sidecar passes the connection through unchanged', choice: null, destinations: [], cluster, steps: [step] };
}

export function sidecarL4(index: MeshIndex, r: NormalizedRequest, tls: boolean, sni: string | null): L4Decision {
  const port = r.port ?? 80;
  const dialled = findDialled(index, r);
  const servicePort = dialled ? portOf(dialled.service, port) : undefined;
  if (!dialled || !servicePort) return passthrough(r, port);
  const service = dialled.service;
  const vip = service.addresses.length > 0 && !service.headless;
  const listener = vip ? `${r.address && service.addresses.includes(r.address) ? r.address : service.addresses[0]}_${port}` : `0.0.0.0_${port}`;
  const steps = [makeStep({ stage: 'listener', decision: 'selected', source: index.cite(service.resource, servicePort.fieldPath), rules: ['R1.8.4', 'R6.6.2'], reason: `The client dials ${dialled.via} on port ${port}; ${tls ? 'it sends TLS, so only the SNI and port are visible' : servicePort.protocol.reason}: listener ${listener} forwards at L4, VirtualService http routes do not apply.` })];
  const bound = inConfigOrder(index.virtualServices.filter((v) => v.gateways.some((g) => g.normalized === 'mesh') && visibleFrom(v, r.sourceNamespace) && v.hosts.some((h) => hostMatches(h.fqdn, service.hostname))));
  const choice = chooseL4Route(bound, tls ? ['tls', 'tcp'] : ['tcp'], { port, address: r.address, sni, sourceNamespace: r.sourceNamespace, sourceLabels: r.sourceLabels, gateway: 'mesh' });
  if (choice) steps.push(makeStep({ stage: 'match', decision: 'matched', source: index.cite(choice.virtualService.resource, choice.fieldPath), rules: ['R1.8.4'], reason: `${choice.kind} route ${choice.index} of VirtualService ${choice.virtualService.namespace}/${choice.virtualService.name} takes the connection.` }));
  const destinations = choice ? routeDestinations(index, choice, port, r.address) : [defaultDestination(index, service, port, r.address)];
  if (!choice) steps.push(makeStep({ stage: 'destination', decision: 'applied', source: index.cite(service.resource, servicePort.fieldPath), rules: ['R1.8.4', service.headless ? 'R5.4.1' : 'R5.1.1'], reason: `No ${tls ? 'tls or tcp' : 'tcp'} route of a VirtualService applies, so the connection goes to ${service.hostname}'s own cluster ${destinations[0].cluster}.` }));
  const outcome = outcomeOf(destinations);
  return { listener, failure: null, outcome, cause: outcome === 'ROUTED' ? `the connection is forwarded at L4` : destinations[0]?.reason ?? 'no upstream', choice, destinations, cluster: destinations.length === 1 ? destinations[0].cluster : null, steps };
}

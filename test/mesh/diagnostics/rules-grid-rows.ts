// The rules grid (STYLE rule 10): annotated partial YAML, the rule under test, and the expected findings.
import { INGRESS, REVIEWS, deployment, destinationRule, docs, gateway, service, virtualService } from './helpers/fixtures.js';

export interface GridRow { name: string; code: string; fixture: string; expected: [string, string][] }

const DR_REVIEWS_V1 = destinationRule('reviews', 'default', 'host: reviews\nsubsets: [{name: v1, labels: {version: v1}}]');
const ROUTE_V1 = 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews, subset: v1}}]';
const SERVICE_ENTRY = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: ext, namespace: default}\nspec: {hosts: [api.example.com], ports: [{number: 443, name: https, protocol: HTTPS}, {number: 80, name: http, protocol: HTTP}]}\n';
const GW_ANY = gateway('gw', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]');

export const gridRows: GridRow[] = [
  // MX0001
  { name: 'R5.1.2: destination host that names nothing', code: 'MX0001', expected: [['MX0001', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviewz}}]')) },
  { name: 'R1.1.2: mirror host that names nothing', code: 'MX0001', expected: [['MX0001', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}}]\n  mirror: {host: shadow}')) },
  { name: 'R2.3.4: Service not exported to the VirtualService namespace', code: 'MX0001', expected: [['MX0001', 'VirtualService other/r']],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 9080}]', 'app: reviews', ', annotations: {networking.istio.io/exportTo: "."}'),
      virtualService('r', 'other', 'hosts: [x.example.com]\nhttp:\n- route: [{destination: {host: reviews.default.svc.cluster.local}}]')) },
  { name: 'R5.1.2: short name, FQDN and ServiceEntry hosts resolve', code: 'MX0001', expected: [],
    fixture: docs(REVIEWS, 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: ext, namespace: default}\nspec: {hosts: ["*.example.com"], ports: [{number: 443, name: tls, protocol: TLS}]}\n',
      virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}}, {destination: {host: reviews.default.svc.cluster.local}}]\ntls:\n- match: [{sniHosts: [a.example.com]}]\n  route: [{destination: {host: a.example.com}}]')) },
  // MX0002
  { name: 'R5.2.3: destination port is the targetPort, not a Service port', code: 'MX0002', expected: [['MX0002', 'VirtualService default/r']],
    fixture: docs(service('web', 'default', '[{name: http, port: 80, targetPort: 8080}]'), virtualService('r', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: web, port: {number: 8080}}}]')) },
  { name: 'R5.2.1: destination port that the Service has', code: 'MX0002', expected: [],
    fixture: docs(service('web', 'default', '[{name: http, port: 80, targetPort: 8080}]'), virtualService('r', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: web, port: {number: 80}}}]')) },
  { name: 'R5.2.1: ServiceEntry without the destination port', code: 'MX0002', expected: [['MX0002', 'VirtualService default/r']],
    fixture: docs(SERVICE_ENTRY, virtualService('r', 'default', 'hosts: [api.example.com]\nhttp:\n- route: [{destination: {host: api.example.com, port: {number: 8443}}}]')) },
  // MX0003
  { name: 'R5.2.2: two-port ServiceEntry without destination port', code: 'MX0003', expected: [['MX0003', 'VirtualService default/r']],
    fixture: docs(SERVICE_ENTRY, virtualService('r', 'default', 'hosts: [api.example.com]\nhttp:\n- route: [{destination: {host: api.example.com}}]')) },
  { name: 'R5.2.2: multi-port Service without destination port', code: 'MX0003', expected: [['MX0003', 'VirtualService default/r']],
    fixture: docs(service('web', 'default', '[{name: http, port: 80}, {name: grpc, port: 9000}]'), virtualService('r', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: web}}]')) },
  { name: 'R5.2.1: single-port Service without destination port', code: 'MX0003', expected: [],
    fixture: docs(service('web', 'default', '[{name: http, port: 80}]'), virtualService('r', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: web}}]')) },
  // MX0004
  { name: 'R5.6.3: subset without any DestinationRule', code: 'MX0004', expected: [['MX0004', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', ROUTE_V1)) },
  { name: 'R5.5.1: subset defined only in a DestinationRule not on the caller lookup path', code: 'MX0004', expected: [['MX0004', 'VirtualService default/r']],
    fixture: docs(REVIEWS, destinationRule('reviews', 'elsewhere', 'host: reviews.default.svc.cluster.local\nsubsets: [{name: v1, labels: {version: v1}}]'), virtualService('r', 'default', ROUTE_V1)) },
  { name: 'R5.5.4: the caller DestinationRule lacks the subset', code: 'MX0004', expected: [['MX0004', 'VirtualService default/r']],
    fixture: docs(REVIEWS, destinationRule('reviews', 'default', 'host: reviews\nsubsets: [{name: v2, labels: {version: v2}}]'), virtualService('r', 'default', ROUTE_V1)) },
  { name: 'R5.5.1: subset defined in the DestinationRule of the Service namespace', code: 'MX0004', expected: [],
    fixture: docs(REVIEWS, DR_REVIEWS_V1, virtualService('r', 'default', ROUTE_V1)) },
  { name: 'R7.5.4: gateway VirtualService to a ServiceEntry subset nobody defines', code: 'MX0004', expected: [['MX0004', 'VirtualService default/r']],
    fixture: docs(SERVICE_ENTRY, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: api.example.com, port: {number: 443}, subset: tls}}]')) },
  // MX0005
  { name: 'R2.1.3: gateway reference to a missing Gateway', code: 'MX0005', expected: [['MX0005', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\ngateways: [nope, mesh]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R2.1.3: match gateways naming a missing Gateway', code: 'MX0005', expected: [['MX0005', 'VirtualService default/r']],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [reviews]\ngateways: [istio-system/gw]\nhttp:\n- match: [{gateways: [istio-system/other]}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R2.1.3: ns/name and mesh references resolve', code: 'MX0005', expected: [],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [reviews]\ngateways: [istio-system/gw, mesh]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  // MX0006
  { name: 'R7.4.1: server host listed only for the Gateway namespace', code: 'MX0006', expected: [['MX0006', 'VirtualService default/r']],
    fixture: docs(INGRESS, gateway('gw', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: ["./a.example.com"]}]'),
      virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R1.6.2: server host * serves any VirtualService host', code: 'MX0006', expected: [],
    fixture: docs(INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  // MX0007
  { name: 'R1.7.2: two mesh VirtualServices for one host', code: 'MX0007', expected: [['MX0007', 'VirtualService default/a'], ['MX0007', 'VirtualService default/b']],
    fixture: docs(REVIEWS, virtualService('a', 'default', ROUTE_V1), virtualService('b', 'default', 'hosts: [reviews.default.svc.cluster.local]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R2.3.1: exportTo "." in different namespaces does not conflict', code: 'MX0007', expected: [],
    fixture: docs(REVIEWS, virtualService('a', 'team1', 'hosts: [reviews.default.svc.cluster.local]\nexportTo: ["."]\nhttp:\n- route: [{destination: {host: reviews.default.svc.cluster.local}}]'),
      virtualService('b', 'team2', 'hosts: [reviews.default.svc.cluster.local]\nexportTo: ["."]\nhttp:\n- route: [{destination: {host: reviews.default.svc.cluster.local}}]')) },
  // MX0008
  { name: 'R3.1.3: route after a match-less route', code: 'MX0008', expected: [['MX0008', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R3.1.3: route after a prefix / catch-all match', code: 'MX0008', expected: [['MX0008', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /}}]\n  route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R3.1.1: specific routes before the catch-all are all reachable', code: 'MX0008', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /}, headers: {x: {exact: y}}}]\n  route: [{destination: {host: reviews}}]\n- route: [{destination: {host: reviews}}]')) },
  // MX0009
  { name: 'R3.1.2: match repeating an earlier one (names ignored)', code: 'MX0009', expected: [['MX0009', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{name: a, uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /api}}, {uri: {prefix: /b}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R3.2.2: prefix covered by an earlier shorter prefix', code: 'MX0009', expected: [['MX0009', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /api/v1}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R3.1.1: longer prefix first is effective', code: 'MX0009', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /api/v1}}]\n  route: [{destination: {host: reviews}}]\n- match: [{uri: {prefix: /api}}]\n  route: [{destination: {host: reviews}}]')) },
  // MX0010
  { name: 'R4.2.1: single destination with weight 50', code: 'MX0010', expected: [['MX0010', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}, weight: 50}]')) },
  { name: 'R4.2.1: single destination with weight 100', code: 'MX0010', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}, weight: 100}]')) },
  // MX0011
  { name: 'R4.2.2: weights 30 and 30', code: 'MX0011', expected: [['MX0011', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}, weight: 30}, {destination: {host: reviews}, weight: 30}]')) },
  { name: 'R4.2.2: weights 80 and 20', code: 'MX0011', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews}, weight: 80}, {destination: {host: reviews}, weight: 20}]')) },
  // MX0012
  { name: 'R2.1.2: gateways without mesh naming only a missing Gateway', code: 'MX0012', expected: [['MX0012', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\ngateways: [nope]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R2.3.1: exportTo ~ hides a mesh VirtualService', code: 'MX0012', expected: [['MX0012', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nexportTo: ["~"]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R2.3.3: exportTo "." while the gateway pods run in istio-system', code: 'MX0012', expected: [['MX0012', 'VirtualService default/r']],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nexportTo: ["."]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R7.5.1: bound to an existing Gateway that sees it', code: 'MX0012', expected: [],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  // MX0013
  { name: 'R2.7.2: delegate that does not exist', code: 'MX0013', expected: [['MX0013', 'VirtualService default/root']],
    fixture: docs(REVIEWS, virtualService('root', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /a}}]\n  delegate: {name: child}')) },
  { name: 'R2.7.2: delegate that exists and is exported', code: 'MX0013', expected: [],
    fixture: docs(REVIEWS, virtualService('root', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {prefix: /a}}]\n  delegate: {name: child}'),
      virtualService('child', 'default', 'http:\n- route: [{destination: {host: reviews}}]')) },
  // MX0014
  { name: 'R1.1.1: reviews.default is taken literally', code: 'MX0014', expected: [['MX0014', 'DestinationRule default/d'], ['MX0014', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews.default}}]'), destinationRule('d', 'default', 'host: reviews.default.svc')) },
  { name: 'R1.1.1: short and full names are fine', code: 'MX0014', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews.default.svc.cluster.local}}]'), destinationRule('d', 'default', 'host: reviews')) },
  // MX0015
  { name: 'R3.2.3: lookahead is not RE2', code: 'MX0015', expected: [['MX0015', 'VirtualService default/r']],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{uri: {regex: "/a(?=b)"}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'R3.3.1: valid RE2 header regex', code: 'MX0015', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- match: [{headers: {end-user: {regex: "(?i)jason|bob"}}}]\n  route: [{destination: {host: reviews}}]')) },
  // MX0016
  { name: 'R1.8.4: http rules for a Service whose only port is tcp', code: 'MX0016', expected: [['MX0016', 'VirtualService default/r']],
    fixture: docs(service('db', 'default', '[{name: tcp-db, port: 5432}]'), virtualService('r', 'default', 'hosts: [db]\nhttp:\n- route: [{destination: {host: db}}]')) },
  { name: 'R6.6.1: appProtocol tcp overrides the name http on the matched port', code: 'MX0016', expected: [['MX0016', 'VirtualService default/r']],
    fixture: docs(service('web', 'default', '[{name: http, port: 80}, {name: http-admin, port: 8080, appProtocol: tcp}]'),
      virtualService('r', 'default', 'hosts: [web]\nhttp:\n- match: [{port: 8080}]\n  route: [{destination: {host: web, port: {number: 8080}}}]')) },
  { name: 'R6.6.2: http rules for an http port', code: 'MX0016', expected: [],
    fixture: docs(REVIEWS, virtualService('r', 'default', ROUTE_V1)) },
  // MX0017
  { name: 'R7.5.3: gateway route without subset while the mesh route uses subsets', code: 'MX0017', expected: [['MX0017', 'VirtualService default/ingress']],
    fixture: docs(REVIEWS, DR_REVIEWS_V1, INGRESS, GW_ANY, virtualService('r', 'default', ROUTE_V1),
      virtualService('ingress', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: reviews}}]')) },
  { name: 'R7.5.3: gateway route with the subset', code: 'MX0017', expected: [],
    fixture: docs(REVIEWS, DR_REVIEWS_V1, INGRESS, GW_ANY, virtualService('r', 'default', ROUTE_V1),
      virtualService('ingress', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- route: [{destination: {host: reviews, subset: v1}}]')) },
  // MX0018
  { name: 'IST0149: JWT claim route at a gateway without RequestAuthentication', code: 'MX0018', expected: [['MX0018', 'VirtualService default/r']],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- match: [{headers: {"@request.auth.claims.group": {exact: admin}}}]\n  route: [{destination: {host: reviews}}]')) },
  { name: 'IST0149: JWT claim route with a RequestAuthentication on the gateway pods', code: 'MX0018', expected: [],
    fixture: docs(REVIEWS, INGRESS, GW_ANY, 'apiVersion: security.istio.io/v1\nkind: RequestAuthentication\nmetadata: {name: jwt, namespace: istio-system}\nspec:\n  selector: {matchLabels: {istio: ingressgateway}}\n  jwtRules: [{issuer: x}]\n',
      virtualService('r', 'default', 'hosts: [a.example.com]\ngateways: [istio-system/gw]\nhttp:\n- match: [{headers: {"@request.auth.claims.group": {exact: admin}}}]\n  route: [{destination: {host: reviews}}]')) },
  // MX0019
  { name: 'R5.5.5: DestinationRule host that names nothing', code: 'MX0019', expected: [['MX0019', 'DestinationRule default/d']],
    fixture: docs(REVIEWS, destinationRule('d', 'default', 'host: ratings')) },
  { name: 'R1.1.4: DestinationRule short host expanded in its namespace', code: 'MX0019', expected: [],
    fixture: docs(REVIEWS, destinationRule('d', 'default', 'host: reviews')) },
  // MX0020
  { name: 'R5.6.2: routed subset whose labels select no pod', code: 'MX0020', expected: [['MX0020', 'DestinationRule default/reviews']],
    fixture: docs(REVIEWS, destinationRule('reviews', 'default', 'host: reviews\nsubsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]'),
      virtualService('r', 'default', 'hosts: [reviews]\nhttp:\n- route: [{destination: {host: reviews, subset: v2}}]')) },
  { name: 'R5.6.1: topology labels come from the pod Node (non-empty values only)', code: 'MX0020', expected: [['MX0020', 'DestinationRule default/web']],
    fixture: docs(service('web', 'default', '[{name: http, port: 80}]'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web-0, namespace: default, labels: {app: web}}\nspec: {nodeName: n1, containers: [{name: c, image: i}]}\n',
      'apiVersion: v1\nkind: Node\nmetadata: {name: n1, labels: {topology.kubernetes.io/region: eu-west-1, topology.kubernetes.io/zone: ""}}\n',
      destinationRule('web', 'default', 'host: web\nsubsets: [{name: eu, labels: {topology.kubernetes.io/region: eu-west-1}}, {name: nozone, labels: {topology.kubernetes.io/zone: ""}}]'),
      virtualService('r', 'default', 'hosts: [web]\nhttp:\n- route: [{destination: {host: web, subset: eu}, weight: 50}, {destination: {host: web, subset: nozone}, weight: 50}]')) },
  { name: 'R5.6.1: routed subset selecting the v1 pods; unrouted empty subsets are not errors', code: 'MX0020', expected: [],
    fixture: docs(REVIEWS, destinationRule('reviews', 'default', 'host: reviews\nsubsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]'),
      virtualService('r', 'default', ROUTE_V1)) },
  // MX0030
  { name: 'R5.6.1: subset nobody routes to selects no pod', code: 'MX0030', expected: [['MX0030', 'DestinationRule default/reviews']],
    fixture: docs(REVIEWS, destinationRule('reviews', 'default', 'host: reviews\nsubsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]'), virtualService('r', 'default', ROUTE_V1)) },
  { name: 'R5.6.1: unrouted subsets that select pods, one through its Node topology labels', code: 'MX0030', expected: [],
    fixture: docs(service('web', 'default', '[{name: http, port: 80}]'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web-0, namespace: default, labels: {app: web, version: v1}}\nspec: {nodeName: n1, containers: [{name: c, image: i}]}\n',
      'apiVersion: v1\nkind: Node\nmetadata: {name: n1, labels: {topology.kubernetes.io/region: eu-west-1}}\n',
      destinationRule('web', 'default', 'host: web\nsubsets: [{name: v1, labels: {version: v1}}, {name: eu, labels: {topology.kubernetes.io/region: eu-west-1}}]')) },
  // MX0021
  { name: 'R5.5.1: DestinationRule in a third namespace', code: 'MX0021', expected: [['MX0021', 'DestinationRule elsewhere/d']],
    fixture: docs(REVIEWS, destinationRule('d', 'elsewhere', 'host: reviews.default.svc.cluster.local\nsubsets: [{name: v1, labels: {version: v1}}]')) },
  { name: 'R5.5.1: DestinationRule in the Service namespace', code: 'MX0021', expected: [],
    fixture: docs(REVIEWS, DR_REVIEWS_V1) },
  // MX0022
  { name: 'R5.5.2: a wildcard rule in the client namespace shadows the exact rule of the Service namespace', code: 'MX0022', expected: [['MX0022', 'DestinationRule default/reviews']],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 9080}]'), deployment('client', 'frontend', 'app: client'), DR_REVIEWS_V1,
      destinationRule('all', 'frontend', 'host: "*.svc.cluster.local"')) },
  { name: 'R5.5.1: the only rule for the host is used', code: 'MX0022', expected: [],
    fixture: docs(REVIEWS, DR_REVIEWS_V1) },
  // MX0023
  { name: 'R7.1.2: Gateway selecting istio=ingress while pods are istio=ingressgateway', code: 'MX0023', expected: [['MX0023', 'Gateway istio-system/gw']],
    fixture: docs(INGRESS, gateway('gw', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]', 'istio: ingress')) },
  { name: 'R7.1.1: Gateway selecting the ingress pod', code: 'MX0023', expected: [],
    fixture: docs(INGRESS, GW_ANY) },
  // MX0024
  { name: 'R7.2.3: server port 9999 on no gateway Service port', code: 'MX0024', expected: [['MX0024', 'Gateway istio-system/gw']],
    fixture: docs(INGRESS, gateway('gw', 'istio-system', '[{port: {number: 9999, name: http, protocol: HTTP}, hosts: ["*"]}]')) },
  { name: 'R7.2.1: server ports 80 (port) and 8443 (targetPort)', code: 'MX0024', expected: [],
    fixture: docs(INGRESS, gateway('gw', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}, {port: {number: 8443, name: https, protocol: HTTPS}, hosts: ["*"], tls: {mode: SIMPLE, credentialName: c}}]')) },
  // MX0025
  { name: 'R7.3.1: two Gateways with the same host and port on the same pods', code: 'MX0025', expected: [['MX0025', 'Gateway istio-system/a'], ['MX0025', 'Gateway istio-system/b']],
    fixture: docs(INGRESS, gateway('a', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: [foo.example.com]}]'),
      gateway('b', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*.example.com"]}]')) },
  { name: 'R7.3.1: same host on different ports', code: 'MX0025', expected: [],
    fixture: docs(INGRESS, gateway('a', 'istio-system', '[{port: {number: 80, name: http, protocol: HTTP}, hosts: [foo.example.com]}]'),
      gateway('b', 'istio-system', '[{port: {number: 443, name: https, protocol: HTTPS}, hosts: [foo.example.com], tls: {mode: SIMPLE, credentialName: c}}]')) },
  // MX0026
  { name: 'R6.1.1: selector matching no pod template', code: 'MX0026', expected: [['MX0026', 'Service default/reviews']],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 9080}]'), deployment('reviews-v1', 'default', 'app: review')) },
  { name: 'R6.1.3: selector matching Deployment pod template labels', code: 'MX0026', expected: [],
    fixture: REVIEWS },
  // MX0027
  { name: 'R6.6.3: port named web and an unnamed port', code: 'MX0027', expected: [['MX0027', 'Service default/web'], ['MX0027', 'Service default/web']],
    fixture: service('web', 'default', '[{name: web, port: 80}, {port: 81}]') },
  { name: 'R6.6.1: http-web name and appProtocol http', code: 'MX0027', expected: [],
    fixture: service('web', 'default', '[{name: http-web, port: 80}, {name: admin, port: 81, appProtocol: http}]') },
  // MX0028
  { name: 'R6.2.4: named targetPort missing on the pods', code: 'MX0028', expected: [['MX0028', 'Service default/reviews']],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 9080, targetPort: web}]'), deployment('reviews-v1', 'default', 'app: reviews', '[{containerPort: 9080, name: http}]')) },
  { name: 'R6.2.1: numeric targetPort not declared by the pods', code: 'MX0028', expected: [['MX0028', 'Service default/reviews']],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 80, targetPort: 8080}]'), deployment('reviews-v1', 'default', 'app: reviews')) },
  { name: 'R6.2.1: named targetPort present on the pods', code: 'MX0028', expected: [],
    fixture: docs(service('reviews', 'default', '[{name: http, port: 9080, targetPort: web}]'), deployment('reviews-v1', 'default', 'app: reviews', '[{containerPort: 9080, name: web}]')) },
];

// The per-request lookups (one virtual host, claims, excluded VirtualServices) give exactly what building the
// whole sidecar route config and scanning every VirtualService gives (R1.2.1, R1.3.3, R1.4, R1.5.2, R2.6.1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSpecificity, hostMatches } from '../../../src/mesh/hosts.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import { sidecarFor } from '../../../src/mesh/relationships/sidecar-for.js';
import type { Proxy } from '../../../src/mesh/routing/context.js';
import { hostTablesOf } from '../../../src/mesh/routing/host-tables.js';
import { registryOf } from '../../../src/mesh/routing/registry.js';
import { excludedCovering, scopeFor } from '../../../src/mesh/routing/scope-cache.js';
import { scopeOf, type Scope } from '../../../src/mesh/routing/scope.js';
import { selectSidecarVirtualHost } from '../../../src/mesh/routing/sidecar-virtual-host-lookup.js';
import { claimsFor, sidecarVirtualHosts } from '../../../src/mesh/routing/sidecar-virtual-hosts.js';
import { selectByDomain } from '../../../src/mesh/routing/virtual-host-domains.js';
import { indexOf } from '../helpers/load.js';
import { app, join } from './helpers/simulate.js';

function vs(name: string, namespace: string, hosts: string[], dest: string, created: string, extra = ''): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${namespace}, creationTimestamp: "${created}"}
spec:
  hosts: [${hosts.join(', ')}]
${extra}  http:
  - route: [{destination: {host: ${dest}}}]`;
}

const MESH = join(
  app('web', { clusterIP: '10.0.0.1' }), app('web', { namespace: 'shop', port: 8080, clusterIP: '10.0.0.2' }), app('api', { namespace: 'shop', clusterIP: '10.0.0.3' }),
  `apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec: {clusterIP: None, selector: {app: db}, ports: [{name: http, port: 80}]}`,
  `apiVersion: v1
kind: Service
metadata: {name: alias, namespace: default}
spec: {type: ExternalName, externalName: api.shop.svc.cluster.local}`,
  `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: wiki, namespace: default}
spec:
  hosts: ["*.wikipedia.org", ext.example.com]
  ports: [{number: 80, name: http, protocol: HTTP}]
  resolution: NONE`,
  vs('web-new', 'default', ['web'], 'web', '2021-01-01T00:00:00Z'),
  vs('web-old', 'shop', ['web.default.svc.cluster.local'], 'web', '2020-01-01T00:00:00Z'),
  vs('wild', 'shop', ['"*.shop.svc.cluster.local"'], 'api.shop.svc.cluster.local', '2020-06-01T00:00:00Z'),
  vs('outside', 'default', ['"*.partner.example.com"', 'pay.example.com'], 'web.shop.svc.cluster.local', '2020-02-01T00:00:00Z'),
  vs('private', 'shop', ['api'], 'api', '2019-01-01T00:00:00Z', '  exportTo: ["."]\n'),
  vs('edge', 'default', ['web'], 'web', '2019-01-01T00:00:00Z', '  gateways: [public]\n'),
  // Not service hostnames, yet domains of the web and api virtual hosts: the older VirtualService keeps them (R1.3.3).
  vs('shadow', 'default', ['web.default', 'api.shop', 'alias'], 'web', '2018-01-01T00:00:00Z'),
  vs('everything', 'shop', ['"*"'], 'api', '2023-01-01T00:00:00Z'),
  vs('late-shadow', 'default', ['api.shop.svc'], 'web', '2022-01-01T00:00:00Z'),
  `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: narrow, namespace: locked}
spec:
  egress: [{hosts: ["./*", "shop/*"]}]`,
);

function naiveClaims(service: Scope['services'][number], scope: Scope) {
  const claims = [];
  for (const v of scope.virtualServices) {
    const hosts = v.hosts.map((h) => h.fqdn).filter((h) => hostMatches(h, service.hostname)).sort(compareSpecificity);
    if (hosts.length > 0) claims.push({ virtualService: v, host: hosts[0] });
  }
  return claims.sort((a, b) => compareSpecificity(a.host, b.host));
}

function proxyIn(index: MeshIndex, namespace: string): Proxy {
  return { kind: 'sidecar', namespace, labels: {}, pod: null, assumed: false, sidecar: sidecarFor(index, namespace, {}).sidecar, gateways: [] };
}

const HOSTS = [
  'web', 'web.default', 'web.default.svc', 'web.default.svc.cluster.local', 'web.default.svc.cluster.local.', 'web.shop', 'web.shop.svc.cluster.local',
  'api', 'api.shop', '10.0.0.1', '10.0.0.3', 'alias', 'alias.default.svc.cluster.local', 'db.shop.svc.cluster.local', 'pod-1.db.shop.svc.cluster.local',
  'x.shop.svc.cluster.local', 'en.wikipedia.org', 'ext.example.com', 'a.partner.example.com', 'pay.example.com', 'nothing.example.com', 'WEB.Default',
];

describe('sidecar route config lookups', () => {
  const index = indexOf(MESH);
  const tables = hostTablesOf(index);

  for (const namespace of ['default', 'shop', 'locked']) {
    test(`R1.2.1, R1.3.3: the looked-up virtual host equals the one selected from the whole route config (client in ${namespace})`, () => {
      const scope = scopeFor(index, proxyIn(index, namespace));
      for (const port of [80, 8080, 9080]) {
        const table = sidecarVirtualHosts(tables, scope, port, namespace);
        for (const host of HOSTS) {
          assert.deepEqual(selectSidecarVirtualHost(tables, scope, port, namespace, host), selectByDomain(table, (h) => h.domains, host), `${host}:${port}`);
        }
      }
    });

    test(`R1.5.2, R2.6.1: claims from the host table equal a scan of every VirtualService in scope (client in ${namespace})`, () => {
      const scope = scopeFor(index, proxyIn(index, namespace));
      for (const service of scope.services) assert.deepEqual(claimsFor(tables, service, scope), naiveClaims(service, scope), service.hostname);
    });
  }

  test('R2.6.1: the memoized scope equals scopeOf and is reused', () => {
    const proxy = proxyIn(index, 'shop');
    const scope = scopeFor(index, proxy);
    assert.deepEqual(scope, scopeOf(registryOf(index), index.virtualServices, proxy));
    assert.equal(scopeFor(index, proxyIn(index, 'shop')), scope);
  });

  test('R2.1.1, R2.3.2: excluded VirtualServices naming a host are found by lookup, in order', () => {
    const scope = scopeFor(index, proxyIn(index, 'default'));
    for (const host of HOSTS) {
      const names = [host.toLowerCase(), `${host.toLowerCase()}.default.svc.cluster.local`];
      const expected = scope.excludedVirtualServices.map((e, i) => [e, i] as const).filter(([e]) => e.item.hosts.some((h) => names.some((n) => hostMatches(h.fqdn, n)))).map(([, i]) => i);
      assert.deepEqual(excludedCovering(scope, names), expected, host);
    }
  });
});

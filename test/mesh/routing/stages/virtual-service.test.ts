// Which VirtualService decides: sidecars take one, no merge (R1.7.2, R2.6.1); gateways merge (R1.7.3).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

function vs(name: string, opts: { namespace?: string; created?: string; hosts?: string; gateways?: string; http: string }): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${opts.namespace ?? 'default'}${opts.created ? `, creationTimestamp: "${opts.created}"` : ''}}
spec:
  hosts: ${opts.hosts ?? '[web.default.svc.cluster.local]'}
${opts.gateways ? `  gateways: ${opts.gateways}\n` : ''}  http:
${opts.http}`;
}
const to = (dest: string, match = '') => `  - ${match ? `match: [{uri: {prefix: ${match}}}]\n    ` : ''}route: [{destination: {host: ${dest}}}]`;

describe('virtual service', () => {
  test('R1.7.2: on a sidecar two VirtualServices for one host are not merged: the older one wins, the other is skipped', () => {
    const yaml = join(app('web'), app('api'), app('db'),
      vs('newer', { created: '2024-01-01T00:00:00Z', http: to('api.default.svc.cluster.local', '/api') }),
      vs('older', { namespace: 'team', created: '2020-01-01T00:00:00Z', http: to('db.default.svc.cluster.local', '/db') }));
    const r = simulate(yaml, { host: 'web', path: '/api' });
    assert.deepEqual(r.virtualService, { namespace: 'team', name: 'older' });
    assert.equal(r.outcome, 'NO_ROUTE', 'the newer VirtualService routes are not merged in');
    const skipped = stepsOf(r, 'virtual-service').find((s) => s.decision === 'skipped');
    assert.equal(skipped?.source?.name, 'newer');
    assert.deepEqual(skipped?.rules, ['R1.7.2', 'R2.6.1']);
  });

  test('R2.6.1: with equal creation times the name decides, then the namespace', () => {
    const yaml = join(app('web'), app('api'), app('db'),
      vs('b-route', { http: to('api.default.svc.cluster.local') }),
      vs('a-route', { namespace: 'zeta', http: to('db.default.svc.cluster.local') }));
    assert.deepEqual(simulate(yaml, { host: 'web' }).virtualService, { namespace: 'zeta', name: 'a-route' });
  });

  test('R2.6.1: a VirtualService exported to "." in the client namespace comes before public ones', () => {
    const yaml = join(app('web'), app('api'), app('db'),
      vs('public', { created: '2020-01-01T00:00:00Z', http: to('api.default.svc.cluster.local') }),
      vs('private', { created: '2024-01-01T00:00:00Z', http: `  - route: [{destination: {host: db.default.svc.cluster.local}}]` }).replace('  http:', '  exportTo: ["."]\n  http:'));
    assert.deepEqual(simulate(yaml, { host: 'web' }).virtualService, { namespace: 'default', name: 'private' });
  });

  test('R1.7.3: on a gateway the VirtualServices of one host are merged oldest first, catch-all routes moved last', () => {
    const gateway = `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: [shop.example.com]}]`;
    const yaml = join(app('web'), app('api'), gateway,
      vs('catch-all', { created: '2020-01-01T00:00:00Z', hosts: '[shop.example.com]', gateways: '[gw]', http: to('web.default.svc.cluster.local') }),
      vs('api', { created: '2024-01-01T00:00:00Z', hosts: '[shop.example.com]', gateways: '[gw]', http: to('api.default.svc.cluster.local', '/api') }));
    const r = simulate(yaml, { host: 'shop.example.com', gateway: 'default/gw', path: '/api/x' });
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'api' });
    assert.equal(stepsOf(r, 'virtual-service').filter((s) => s.rules?.includes('R1.7.3')).length, 2);
    const other = simulate(yaml, { host: 'shop.example.com', gateway: 'default/gw', path: '/home' });
    assert.deepEqual(other.virtualService, { namespace: 'default', name: 'catch-all' });
  });
});

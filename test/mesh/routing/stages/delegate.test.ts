// Delegate VirtualServices (R2.7.1-R2.7.4).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app, join, simulate, stepsOf } from '../helpers/simulate.js';

const ROOT = (delegate: string, match = '[{uri: {prefix: /shop}}]', extra = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: root, namespace: default}
spec:
  hosts: [web]
  http:
  - match: ${match}
    delegate: ${delegate}
${extra}  - route: [{destination: {host: web}}]`;
const CHILD = (namespace: string, http: string, exportTo = '') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: child, namespace: ${namespace}}
spec:
${exportTo}  http:
${http}`;

describe('delegate', () => {
  test('R2.7.2, R2.7.4: the root route is replaced by the delegate routes; short names resolve in the delegate namespace', () => {
    const yaml = join(app('web'), app('api', { namespace: 'team' }), ROOT('{name: child, namespace: team}'), CHILD('team', '  - match: [{uri: {prefix: /shop/cart}}]\n    route: [{destination: {host: api}}]'));
    const r = simulate(yaml, { host: 'web', path: '/shop/cart/1' });
    assert.equal(r.destinations[0].host, 'api.team.svc.cluster.local');
    assert.deepEqual(r.virtualService, { namespace: 'default', name: 'root' });
    assert.equal(r.matchedRoute?.source.name, 'child');
    assert.equal(r.matchedRoute?.delegatedFrom?.field, 'spec.http[0]');
    assert.equal(r.route?.index, 0);
  });

  test('R2.7.3: a delegate match incompatible with every root match drops that delegate route', () => {
    const yaml = join(app('web'), app('api'), ROOT('{name: child}'), CHILD('default', '  - match: [{uri: {prefix: /other}}]\n    route: [{destination: {host: api}}]'));
    const r = simulate(yaml, { host: 'web', path: '/other' });
    assert.equal(r.destinations[0].host, 'web.default.svc.cluster.local', 'the next root route answers');
    assert.ok(stepsOf(r, 'delegate').some((s) => s.decision === 'skipped' && s.rules?.includes('R2.7.3')));
  });

  test('R2.7.3: a delegate route without match inherits the root matches', () => {
    const yaml = join(app('web'), app('api'), ROOT('{name: child}'), CHILD('default', '  - route: [{destination: {host: api}}]'));
    assert.equal(simulate(yaml, { host: 'web', path: '/shop' }).destinations[0].host, 'api.default.svc.cluster.local');
    assert.equal(simulate(yaml, { host: 'web', path: '/else' }).destinations[0].host, 'web.default.svc.cluster.local');
  });

  test('R2.7.2: a delegate that does not exist, or is not exported to the root namespace, drops the root route only', () => {
    const missing = simulate(join(app('web'), ROOT('{name: nowhere}')), { host: 'web', path: '/shop' });
    assert.equal(missing.route?.index, 0, 'the dropped route is gone; the next route is now index 0');
    assert.equal(missing.destinations[0].host, 'web.default.svc.cluster.local');
    const hidden = simulate(join(app('web'), app('api', { namespace: 'team' }), ROOT('{name: child, namespace: team}'), CHILD('team', '  - route: [{destination: {host: api}}]', '  exportTo: ["."]\n')), { host: 'web', path: '/shop' });
    assert.equal(hidden.destinations[0].host, 'web.default.svc.cluster.local');
    assert.match(stepsOf(hidden, 'delegate')[0].reason, /not exported/);
  });

  test('R2.7.4: the delegate route inherits the root rewrite and timeout it does not set', () => {
    const yaml = join(app('web'), app('api'), ROOT('{name: child}', '[{uri: {prefix: /shop}}]', '    rewrite: {uri: /store}\n    timeout: 3s\n'), CHILD('default', '  - route: [{destination: {host: api}}]'));
    const r = simulate(yaml, { host: 'web', path: '/shop/x' });
    assert.equal(r.rewrite?.path, '/store/x');
    assert.equal(r.timeout?.value, '3s');
  });
});

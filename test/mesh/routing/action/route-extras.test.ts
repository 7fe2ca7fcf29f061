import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { actionKind, directResponseOf, headerOperationsOf, mirrorsOf } from '../../../../src/mesh/routing/action/index.js';

describe('actionKind', () => {
  test('R4.1.2: redirect wins over directResponse, which wins over route', () => {
    assert.equal(actionKind({ redirect: { uri: '/' }, directResponse: { status: 200 }, route: [{}] }), 'redirect');
    assert.equal(actionKind({ directResponse: { status: 200 }, route: [{}] }), 'directResponse');
    assert.equal(actionKind({ route: [{ destination: { host: 'a' } }] }), 'route');
    assert.equal(actionKind({ delegate: { name: 'x' } }), 'delegate');
    assert.equal(actionKind({}), 'none');
  });
});

describe('directResponseOf', () => {
  test('R4.4.1: status and body (string or base64 bytes)', () => {
    assert.deepEqual(directResponseOf({ directResponse: { status: 503, body: { string: 'down' } } }), { status: 503, body: 'down' });
    assert.deepEqual(directResponseOf({ directResponse: { status: 200, body: { bytes: 'aGVsbG8=' } } }), { status: 200, body: 'hello' });
    assert.deepEqual(directResponseOf({ directResponse: { status: 204 } }), { status: 204, body: null });
    assert.equal(directResponseOf({}), null);
  });
});

describe('mirrorsOf', () => {
  const resolve = (h: string) => (h.includes('.') ? h : `${h}.default.svc.cluster.local`);

  test('R4.10.1: mirror defaults to 100%, mirrorPercentage sets it, explicit 0 disables it', () => {
    assert.deepEqual(mirrorsOf({ mirror: { host: 'httpbin', subset: 'v2' } }, resolve), [{ host: 'httpbin.default.svc.cluster.local', port: null, subset: 'v2', percent: 100 }]);
    assert.equal(mirrorsOf({ mirror: { host: 'a' }, mirrorPercentage: { value: 25.5 } }, resolve)[0]?.percent, 25.5);
    assert.equal(mirrorsOf({ mirror: { host: 'a' }, mirrorPercent: 10 }, resolve)[0]?.percent, 10);
    assert.deepEqual(mirrorsOf({ mirror: { host: 'a' }, mirrorPercentage: { value: 0 } }, resolve), []);
  });

  test('R4.10.1: mirrors[] each with its own percentage (default 100)', () => {
    const out = mirrorsOf({ mirrors: [{ destination: { host: 'a', port: { number: 8000 } } }, { destination: { host: 'b' }, percentage: { value: 5 } }, { destination: { host: 'c' }, percentage: { value: 0 } }] }, resolve);
    assert.deepEqual(out.map((m) => [m.host, m.port, m.percent]), [['a.default.svc.cluster.local', 8000, 100], ['b.default.svc.cluster.local', null, 5]]);
  });
});

describe('headerOperationsOf', () => {
  test('R4.6.1: set/add/remove; host and pseudo headers are not header operations', () => {
    const out = headerOperationsOf({
      headers: {
        request: { set: { 'x-a': '1', host: 'h', ':authority': 'h' }, add: { 'x-b': '2' }, remove: ['x-c', 'Host'] },
        response: { remove: ['server'] },
      },
    });
    assert.deepEqual(out, {
      request: { set: { 'x-a': '1' }, add: { 'x-b': '2' }, remove: ['x-c'] },
      response: { set: {}, add: {}, remove: ['server'] },
    });
    assert.equal(headerOperationsOf({}), null);
  });
});

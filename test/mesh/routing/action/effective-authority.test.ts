import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveAuthority } from '../../../../src/mesh/routing/action/index.js';
import { buildRequestView } from '../../../../src/mesh/routing/match/index.js';

const request = buildRequestView({ host: 'reviews:9080' });

describe('effectiveAuthority', () => {
  test('R4.5.4: rewrite.authority sets the upstream Host', () => {
    assert.deepEqual(effectiveAuthority({ rewrite: { authority: 'new' } }, undefined, request), { authority: 'new', source: 'rewrite.authority', original: 'reviews:9080' });
  });

  test('R4.6.1: host or :authority in headers.request.set/add is an authority rewrite; set wins over add', () => {
    const route = { headers: { request: { add: { ':authority': 'added' }, set: { Host: 'setted' } } } };
    assert.deepEqual(effectiveAuthority(route, undefined, request), { authority: 'setted', source: 'headers.request.set.Host', original: 'reviews:9080' });
    assert.equal(effectiveAuthority({ headers: { request: { add: { ':authority': 'added' } } } }, undefined, request)?.authority, 'added');
  });

  test('R4.6.2: a route-level authority beats a destination-level one', () => {
    const destination = { destination: { host: 'b' }, headers: { request: { set: { host: 'from-destination' } } } };
    assert.equal(effectiveAuthority({ headers: { request: { set: { host: 'from-route' } } } }, destination, request)?.authority, 'from-route');
    const fromDestination = effectiveAuthority({}, destination, request);
    assert.equal(fromDestination?.authority, 'from-destination');
    assert.equal(fromDestination?.source, 'destination.headers.request.set.host');
  });

  test('no rewrite keeps the request authority', () => {
    assert.equal(effectiveAuthority({ headers: { request: { set: { 'x-a': '1' } } } }, undefined, request), null);
  });
});

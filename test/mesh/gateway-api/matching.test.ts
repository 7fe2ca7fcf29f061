import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { backend, httpRoute, INFRA, indexOfTexts, split, viaGateway } from './helpers.js';
import type { RouteRequest } from '../../../src/mesh/routing/types.js';

function run(rules: string, request: RouteRequest): Record<string, number> {
  return split(simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + httpRoute('r', rules) }]), request));
}

describe('HTTPRouteMatch conditions', () => {
  test('Gateway API: header names are case-insensitive, header values case-sensitive', () => {
    const rules = `  - matches: [{headers: [{name: X-Version, value: one}]}]\n    backendRefs: [${backend('v1')}]\n`;
    assert.deepEqual(run(rules, viaGateway('/', { headers: [{ name: 'x-version', value: 'one' }] })), { 'backend-v1': 100 });
    assert.deepEqual(run(rules, viaGateway('/', { headers: [{ name: 'X-VERSION', value: 'ONE' }] })), {});
  });

  test('Gateway API: query parameter names must match exactly (case included)', () => {
    const rules = `  - matches: [{queryParams: [{name: animal, value: whale}]}]\n    backendRefs: [${backend('v1')}]\n`;
    assert.deepEqual(run(rules, viaGateway('/?animal=whale')), { 'backend-v1': 100 });
    assert.deepEqual(run(rules, viaGateway('/?ANIMAL=whale')), {});
    assert.deepEqual(run(rules, viaGateway('/?animal=whaledolphin')), {});
  });

  test('Gateway API: only the first entry of a repeated header name counts', () => {
    const rules = `  - matches: [{headers: [{name: color, value: blue}, {name: Color, value: red}]}]\n    backendRefs: [${backend('v1')}]\n`;
    assert.deepEqual(run(rules, viaGateway('/', { headers: [{ name: 'color', value: 'blue' }] })), { 'backend-v1': 100 });
  });

  test('Gateway API: RegularExpression header value must fully match', () => {
    const rules = `  - matches: [{headers: [{type: RegularExpression, name: version, value: "v[0-9]"}]}]\n    backendRefs: [${backend('v1')}]\n`;
    assert.deepEqual(run(rules, viaGateway('/', { headers: [{ name: 'version', value: 'v2' }] })), { 'backend-v1': 100 });
    assert.deepEqual(run(rules, viaGateway('/', { headers: [{ name: 'version', value: 'v22' }] })), {});
  });

  test('Gateway API: matches are ORed, conditions inside one match are ANDed', () => {
    const rules = `  - matches: [{path: {type: PathPrefix, value: /a}, method: PATCH}, {path: {type: PathPrefix, value: /b}, headers: [{name: v, value: "3"}], method: DELETE}]\n    backendRefs: [${backend('v1')}]\n`;
    assert.deepEqual(run(rules, viaGateway('/a', { method: 'PATCH' })), { 'backend-v1': 100 });
    assert.deepEqual(run(rules, viaGateway('/b', { method: 'DELETE', headers: [{ name: 'v', value: '3' }] })), { 'backend-v1': 100 });
    assert.deepEqual(run(rules, viaGateway('/b', { method: 'DELETE' })), {});
    assert.deepEqual(run(rules, viaGateway('/a', { method: 'GET' })), {});
  });

  test('Gateway API: a rule without matches matches every path (default PathPrefix /)', () => {
    assert.deepEqual(run(`  - backendRefs: [${backend('v2')}]\n`, viaGateway('/any/thing?x=1', { method: 'DELETE' })), { 'backend-v2': 100 });
  });

  test('Gateway API: a failed match names the condition and cites its line', () => {
    const index = indexOfTexts([{ name: 'm.yaml', text: INFRA + httpRoute('r', `  - matches: [{method: POST}]\n    backendRefs: [${backend('v1')}]\n`) }]);
    const result = simulateGatewayApiRoute(index, viaGateway('/'));
    const step = result?.steps.find((s) => s.stage === 'match' && s.decision === 'not-matched');
    assert.match(step?.reason ?? '', /method GET is not POST/);
    assert.equal(step?.source?.field, 'spec.rules[0].matches[0].method');
    assert.ok((step?.source?.line ?? 0) > 1);
  });
});

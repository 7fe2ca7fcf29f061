import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { backend, httpRoute, INFRA, indexOfTexts, split, viaGateway } from './helpers.js';

function run(yaml: string, path: string, more = {}): Record<string, number> {
  return split(simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + yaml }]), viaGateway(path, more)));
}

describe('Gateway API match precedence (not rule order)', () => {
  test('Gateway API: exact path beats longer prefix', () => {
    // PathPrefix /match/ (7 characters) also covers /match, and it comes first in rule order.
    const yaml = httpRoute('r', `  - matches: [{path: {type: PathPrefix, value: /match/}}]
    backendRefs: [${backend('v3')}]
  - matches: [{path: {type: Exact, value: /match}}]
    backendRefs: [${backend('v2')}]
`);
    assert.deepEqual(run(yaml, '/match'), { 'backend-v2': 100 });
    assert.deepEqual(run(yaml, '/match/any'), { 'backend-v3': 100 });
  });

  test('Gateway API: longest prefix wins regardless of rule order', () => {
    const yaml = httpRoute('r', `  - matches: [{path: {type: PathPrefix, value: /a}}]
    backendRefs: [${backend('v1')}]
  - matches: [{path: {type: PathPrefix, value: /a/b/c}}]
    backendRefs: [${backend('v2')}]
  - matches: [{path: {type: PathPrefix, value: /a/b}}]
    backendRefs: [${backend('v3')}]
`);
    assert.deepEqual(run(yaml, '/a/b/c/d'), { 'backend-v2': 100 });
    assert.deepEqual(run(yaml, '/a/b/x'), { 'backend-v3': 100 });
  });

  test('Gateway API: path match outranks method, method outranks headers', () => {
    const yaml = httpRoute('r', `  - matches: [{headers: [{name: version, value: four}]}]
    backendRefs: [${backend('v1')}]
  - matches: [{method: PATCH}]
    backendRefs: [${backend('v2')}]
  - matches: [{path: {type: PathPrefix, value: /p}}]
    backendRefs: [${backend('v3')}]
`);
    assert.deepEqual(run(yaml, '/p', { method: 'PATCH', headers: [{ name: 'version', value: 'four' }] }), { 'backend-v3': 100 });
    assert.deepEqual(run(yaml, '/', { method: 'PATCH', headers: [{ name: 'version', value: 'four' }] }), { 'backend-v2': 100 });
  });

  test('Gateway API: more header matches win over an earlier rule with fewer', () => {
    const yaml = httpRoute('r', `  - matches: [{headers: [{name: version, value: two}]}]
    backendRefs: [${backend('v2')}]
  - matches: [{headers: [{name: version, value: two}, {name: color, value: orange}]}]
    backendRefs: [${backend('v1')}]
`);
    const headers = [{ name: 'Version', value: 'two' }, { name: 'Color', value: 'orange' }];
    const result = simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + yaml }]), viaGateway('/', { headers }));
    assert.deepEqual(split(result), { 'backend-v1': 100 });
    assert.ok(result?.steps.some((s) => s.decision === 'skipped' && /2 header matches beat 1/.test(s.reason)));
  });

  test('Gateway API: headers outrank query params, more query params win', () => {
    const yaml = httpRoute('r', `  - matches: [{queryParams: [{name: animal, value: whale}]}]
    backendRefs: [${backend('v1')}]
  - matches: [{queryParams: [{name: animal, value: whale}, {name: color, value: blue}]}]
    backendRefs: [${backend('v2')}]
  - matches: [{headers: [{name: version, value: one}]}]
    backendRefs: [${backend('v3')}]
`);
    assert.deepEqual(run(yaml, '/?animal=whale&color=blue'), { 'backend-v2': 100 });
    assert.deepEqual(run(yaml, '/?animal=whale&color=blue', { headers: [{ name: 'version', value: 'one' }] }), { 'backend-v3': 100 });
  });

  test('Gateway API: on a tie the oldest route wins (creationTimestamp)', () => {
    const older = httpRoute('zz-older', `  - backendRefs: [${backend('v1')}]\n`).replace('metadata: {name: zz-older, namespace: infra}', 'metadata: {name: zz-older, namespace: infra, creationTimestamp: "2024-01-01T00:00:00Z"}');
    const newer = httpRoute('aa-newer', `  - backendRefs: [${backend('v2')}]\n`).replace('metadata: {name: aa-newer, namespace: infra}', 'metadata: {name: aa-newer, namespace: infra, creationTimestamp: "2025-01-01T00:00:00Z"}');
    assert.deepEqual(run(newer + older, '/'), { 'backend-v1': 100 });
  });

  test('Gateway API: on a tie without timestamps the alphabetically first namespace/name wins', () => {
    const yaml = httpRoute('bbb', `  - backendRefs: [${backend('v1')}]\n`) + httpRoute('aaa', `  - backendRefs: [${backend('v2')}]\n`);
    assert.deepEqual(run(yaml, '/'), { 'backend-v2': 100 });
  });

  test('Gateway API: within one route the first matching rule in list order wins on a tie', () => {
    const yaml = httpRoute('r', `  - matches: [{path: {type: PathPrefix, value: /x}}]
    backendRefs: [${backend('v3')}]
  - matches: [{path: {type: PathPrefix, value: /x}}]
    backendRefs: [${backend('v1')}]
`);
    assert.deepEqual(run(yaml, '/x'), { 'backend-v3': 100 });
  });

  test('Gateway API: no matching rule means 404', () => {
    const yaml = httpRoute('r', `  - matches: [{path: {type: Exact, value: /one}}]
    backendRefs: [${backend('v1')}]
`);
    const result = simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + yaml }]), viaGateway('/one/example'));
    assert.equal(result?.outcome, 'NO_ROUTE');
    assert.equal(result?.status, 404);
    assert.equal(result?.responseFlag, 'NR');
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { simulateGatewayApiRoute } from '../../../src/mesh/gateway-api/index.js';
import { replacePrefix } from '../../../src/mesh/gateway-api/replace-path.js';
import { backend, httpRoute, INFRA, indexOfTexts, viaGateway } from './helpers.js';
import type { RouteRequest } from '../../../src/mesh/routing/types.js';

function run(rules: string, request: RouteRequest): ReturnType<typeof simulateGatewayApiRoute> {
  return simulateGatewayApiRoute(indexOfTexts([{ name: 'm.yaml', text: INFRA + httpRoute('r', rules) }]), request);
}

describe('HTTPRouteFilter', () => {
  test('Gateway API: ReplacePrefixMatch replaces the matched prefix on segment boundaries', () => {
    assert.equal(replacePrefix('/foo', '/xyz', '/foo/bar'), '/xyz/bar');
    assert.equal(replacePrefix('/foo/', '/xyz/', '/foo/bar'), '/xyz/bar');
    assert.equal(replacePrefix('/foo', '/xyz', '/foo'), '/xyz');
    assert.equal(replacePrefix('/foo', '/', '/foo/bar'), '/bar');
    assert.equal(replacePrefix('/foo', '/', '/foo'), '/');
    assert.equal(replacePrefix('/', '/xyz', '/bar'), '/xyz/bar');
  });

  test('Gateway API: URLRewrite sets the upstream path (query kept) and hostname', () => {
    const rules = `  - matches: [{path: {type: PathPrefix, value: /old}}]
    filters: [{type: URLRewrite, urlRewrite: {hostname: new.example, path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}}]
    backendRefs: [${backend('v1')}]
`;
    const result = run(rules, viaGateway('/old/page?q=1'));
    assert.deepEqual(result?.rewrite, { path: '/new/page?q=1', authority: 'new.example' });
    assert.equal(result?.outcome, 'ROUTED');
  });

  test('Gateway API: ReplacePrefixMatch on an Exact match is invalid and answers 500', () => {
    const rules = `  - matches: [{path: {type: Exact, value: /old}}]
    filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}}]
    backendRefs: [${backend('v1')}]
`;
    assert.equal(run(rules, viaGateway('/old'))?.status, 500);
  });

  test('Gateway API: RequestRedirect defaults to 302 and keeps the listener port when no scheme is set', () => {
    const rules = `  - filters: [{type: RequestRedirect, requestRedirect: {hostname: other.example}}]\n`;
    const result = run(rules, viaGateway('/a?b=c', { host: 'site.example' }));
    assert.equal(result?.outcome, 'REDIRECTED');
    assert.deepEqual(result?.redirect, { location: 'http://other.example/a?b=c', status: 302 });
    assert.deepEqual(result?.destinations, []);
  });

  test('Gateway API: RequestRedirect with a scheme uses its well-known port and the written status', () => {
    const rules = `  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301, path: {type: ReplaceFullPath, replaceFullPath: /login}}}]\n`;
    assert.deepEqual(run(rules, viaGateway('/a', { host: 'site.example' }))?.redirect, { location: 'https://site.example/login', status: 301 });
  });

  test('Gateway API: RequestHeaderModifier set/add/remove are reported for the request', () => {
    const rules = `  - filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: X-A, value: "1"}], add: [{name: x-b, value: "2"}], remove: [x-c]}}]
    backendRefs: [${backend('v1')}]
`;
    assert.deepEqual(run(rules, viaGateway('/'))?.headers?.request, { set: { 'x-a': '1' }, add: { 'x-b': '2' }, remove: ['x-c'] });
  });
});

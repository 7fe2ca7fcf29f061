// Gateway API conformance (kubernetes-sigs/gateway-api, ../shared/conformance/gateway-api, README §5): every
// north-south and mesh (GAMMA) request of cases.json through simulateGatewayApiRoute.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulateGatewayApiRoute, type GatewayApiRoutePath } from '../../src/mesh/gateway-api/index.js';
import type { RouteRequest } from '../../src/mesh/routing/types.js';
import { indexOfTexts } from '../mesh/gateway-api/helpers.js';
import divergences from './gateway-api-divergences.json' with { type: 'json' };

const ROOT = fileURLToPath(new URL('../../../shared/conformance/gateway-api/', import.meta.url));
/** Stands in for the Gateway's address when a case sends no Host: it matches no route hostname. */
const GATEWAY_ADDRESS = '192.0.2.1';

interface CaseRequest { path: string; host?: string; method?: string; headers?: Record<string, string> }
interface ConformanceCase { request: CaseRequest; expectedBackend?: string | null; expectedNamespace: string | null; expectedStatus: number; expectedWeights?: Record<string, number> }
interface ConformanceTest { shortName: string; manifests: string[]; gateway?: string; cases: ConformanceCase[] }
interface Suite { name: 'northSouth' | 'mesh'; base: string; tests: ConformanceTest[] }

interface Divergence { suite: string; caseId: string; reason: string }
const known = new Map((divergences as Divergence[]).map((d) => [`${d.suite}/${d.caseId}`, d.reason]));

function read(relative: string): { name: string; text: string } {
  return { name: relative, text: readFileSync(`${ROOT}${relative}`, 'utf8').replaceAll('{GATEWAY_CLASS_NAME}', 'istio') };
}

function toRequest(suite: Suite, t: ConformanceTest, c: ConformanceCase): RouteRequest {
  const headers = Object.entries(c.request.headers ?? {}).map(([name, value]) => ({ name, value }));
  const common = { path: c.request.path, method: c.request.method ?? 'GET', headers };
  if (suite.name === 'mesh') return { ...common, host: c.request.host ?? 'echo', source: { namespace: 'gateway-conformance-mesh', labels: { app: 'echo', version: 'v1' } } };
  return { ...common, host: c.request.host ?? GATEWAY_ADDRESS, port: 80, gateway: t.gateway ?? 'gateway-conformance-infra/same-namespace' };
}

/** null when the result satisfies the case, else what differs. */
function check(result: GatewayApiRoutePath | null, c: ConformanceCase): string | null {
  if (!result) return 'no Gateway API route applied (null)';
  if (c.expectedStatus === 404) return result.outcome === 'NO_ROUTE' && result.status === 404 ? null : `expected 404, got ${result.outcome}: ${result.summary}`;
  if (result.outcome !== 'ROUTED') return `expected ROUTED, got ${result.outcome}: ${result.summary}`;
  const shares = new Map(result.destinations.filter((d) => d.weight > 0).map((d) => [`${d.service?.namespace}/${d.service?.name}`, d]));
  const expected = c.expectedWeights ?? { [c.expectedBackend ?? '']: 1 };
  for (const [name, fraction] of Object.entries(expected)) {
    const d = shares.get(`${c.expectedNamespace}/${name}`);
    const got = d ? d.weight : 0;
    if (Math.abs(got - fraction * 100) > 5) return `${name}: expected ${fraction * 100}% (±5), got ${got}% (${result.summary})`;
    if (d && (d.endpoints.length === 0 || !d.endpoints.every((e) => e.pod.startsWith(`${c.expectedNamespace}/${name}`)))) return `${name}: endpoints are not its pods: ${d.endpoints.map((e) => e.pod).join(', ')}`;
  }
  const extra = [...shares.keys()].filter((k) => !Object.keys(expected).some((n) => `${c.expectedNamespace}/${n}` === k));
  return extra.length > 0 ? `unexpected backends ${extra.join(', ')}` : null;
}

const available = existsSync(`${ROOT}cases.json`);

describe('Gateway API conformance (kubernetes-sigs/gateway-api)', { skip: available ? false : `../shared/conformance/gateway-api is absent at ${ROOT}` }, () => {
  const data = available ? JSON.parse(readFileSync(`${ROOT}cases.json`, 'utf8')) as { northSouth: ConformanceTest[]; mesh: ConformanceTest[] } : { northSouth: [], mesh: [] };
  const suites: Suite[] = [
    { name: 'northSouth', base: 'conformance/base/manifests.yaml', tests: data.northSouth },
    { name: 'mesh', base: 'conformance/mesh/manifests.yaml', tests: data.mesh },
  ];
  let passed = 0;
  let total = 0;
  let divergent = 0;
  for (const suite of suites) {
    for (const t of suite.tests) {
      const index = indexOfTexts([read(suite.base), ...t.manifests.map(read)]);
      t.cases.forEach((c, i) => {
        const caseId = `${t.shortName}/${i}`;
        const reason = known.get(`${suite.name}/${caseId}`);
        test(`${suite.name} ${caseId}: ${c.request.method ?? 'GET'} ${c.request.host ?? ''}${c.request.path} -> ${c.expectedStatus === 404 ? '404' : c.expectedWeights ? JSON.stringify(c.expectedWeights) : c.expectedBackend}`, () => {
          total += 1;
          const failure = check(simulateGatewayApiRoute(index, toRequest(suite, t, c)), c);
          if (failure === null) passed += 1;
          if (reason !== undefined) {
            divergent += 1;
            assert.notEqual(failure, null, `listed as a known divergence (${reason}) but it passes now: remove it from gateway-api-divergences.json`);
            return;
          }
          assert.equal(failure, null, failure ?? '');
        });
      });
    }
  }
  test('summary', () => {
    console.log(`gateway-api: ${passed}/${total} passed, ${divergent} known divergences`);
    assert.equal(passed + divergent, total);
  });
});

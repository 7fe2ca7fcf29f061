// Envoy router_check_tool test files (ICV's experimental istio-router-check mode): input authority/path/method,
// expected cluster_name and path_rewrite, produced by Istio's real xDS generation.
import { parse } from 'yaml';
import type { SimulatedRoutePath, SimulationRequest } from '../../../src/mesh/routing/index.js';

export interface RouterCheckTest {
  test_name: string;
  input: { authority: string; path: string; method: string; additional_request_headers?: { key: string; value: string }[] };
  validate: { cluster_name?: string; path_rewrite?: string; host_rewrite?: string };
}

export function parseRouterChecks(text: string): RouterCheckTest[] {
  const doc = parse(text) as { tests?: RouterCheckTest[] };
  return doc.tests ?? [];
}

export function routerCheckRequest(t: RouterCheckTest): SimulationRequest {
  return { host: t.input.authority, path: t.input.path, method: t.input.method, headers: (t.input.additional_request_headers ?? []).map((h) => ({ name: h.key, value: h.value })) };
}

export function routerCheckVerdict(t: RouterCheckTest, result: SimulatedRoutePath): string | null {
  const got = {
    cluster_name: result.envoy.cluster ?? '',
    path_rewrite: result.rewrite?.path ?? result.request.path ?? '',
    host_rewrite: result.rewrite?.authority ?? result.request.host,
  };
  for (const [field, want] of Object.entries(t.validate)) {
    const actual = got[field as keyof typeof got];
    if (actual !== want) return `${field}: expected "${want}", got "${actual}"`;
  }
  return null;
}

// A hand-written RoutePath for unit tests of the expectation checks (no simulator involved).
import type { RouteDestination, RoutePath } from '../../../../src/mesh/routing/types.js';

export function destination(host: string, subset: string | null, weight: number, port = 9080): RouteDestination {
  return {
    host, port, subset, weight, cluster: `outbound|${port}|${subset ?? ''}|${host}`,
    endpoints: [{ pod: `default/${host.split('.')[0]}-${subset ?? 'all'}-pod-0`, workload: `Deployment/default/${host.split('.')[0]}-${subset ?? 'all'}`, ip: null, port, ready: true, readinessAssumed: true }],
    service: { kind: 'Service', namespace: 'default', name: host.split('.')[0] }, status: 'OK', reason: null,
  };
}

export function routePath(overrides: Partial<RoutePath> = {}): RoutePath {
  return {
    request: { host: 'reviews' },
    outcome: 'ROUTED',
    status: null,
    responseFlag: null,
    summary: 'GET http://reviews/ goes to reviews subset v2.',
    virtualService: { namespace: 'default', name: 'reviews' },
    route: { index: 0, name: null },
    destinations: [destination('reviews.default.svc.cluster.local', 'v2', 100)],
    rewrite: null,
    redirect: null,
    directResponse: null,
    fault: null,
    timeout: { value: null, isDefault: true, description: 'no timeout' },
    retries: { attempts: 2, perTryTimeout: null, retryOn: 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes', isDefault: true, description: 'Istio default' },
    mirrors: [],
    headers: null,
    corsPolicy: null,
    steps: [{
      stage: 'match', decision: 'matched', reason: 'route 0 matches',
      source: { kind: 'VirtualService', namespace: 'default', name: 'reviews', file: 'reviews.yaml', line: 9, field: 'spec.http[0].match[0]' },
    }],
    kubernetes: { service: { kind: 'Service', namespace: 'default', name: 'reviews' }, port: 9080, targetPort: 9080, endpoints: [], note: '' },
    ...overrides,
  };
}

// Request and response examples of the OpenAPI document (bookinfo and the seed example), abbreviated
// but real: the OpenAPI test checks each against its schema.
const SEED_YAML = `apiVersion: v1
kind: Service
metadata: {name: example-service, namespace: default}
spec:
  selector: {app: example-app}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: example-virtualservice, namespace: default}
spec:
  hosts: [example-service]
  http:
  - match: [{uri: {prefix: /api}}]
    route: [{destination: {host: example-service, port: {number: 80}}}]
`;

export const UPLOAD_YAML_EXAMPLE = SEED_YAML;
export const UPLOAD_REQUEST_EXAMPLE = { files: [{ filename: 'seed.yaml', content: SEED_YAML }], description: 'The seed example' };
export const UPLOAD_ANSWER_EXAMPLE = {
  revision: {
    setName: 'seed', number: 1, createdAt: '2025-01-01T00:00:00.000Z',
    files: [{ name: 'seed.yaml', sha256: '0f3c6b1c9a7e0d3f5f0b0b8e8c8f4d5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d', size: 421 }],
    countsByKind: { Service: 1, VirtualService: 1 }, warnings: [],
  },
  warnings: [],
};

export const JASON_REQUEST = {
  host: 'reviews', port: 9080, path: '/reviews/0',
  headers: [{ name: 'end-user', value: 'jason' }],
  source: { namespace: 'default', labels: { app: 'productpage' } },
};

const endpoint = (version: string) => ({ pod: `default/reviews-${version}-pod-0`, workload: `Deployment/default/reviews-${version}`, ip: null, port: 9080, ready: true, readinessAssumed: true });
const cite = (file: string, line: number, field: string, kind = 'VirtualService') => ({ kind, namespace: 'default', name: 'reviews', file, line, field });
const VS_FILE = 'bookinfo/networking/virtual-service-reviews-test-v2.yaml';

export const ROUTE_PATH_EXAMPLE = {
  request: { ...JASON_REQUEST, method: 'GET', scheme: 'http', gateway: null, outboundTrafficPolicy: 'ALLOW_ANY' },
  outcome: 'ROUTED', status: null, responseFlag: null,
  summary: 'GET /reviews/0 to reviews is routed by VirtualService default/reviews (route 0, header end-user exact "jason") to reviews:9080 subset v2, 1 ready pod on port 9080, while without the mesh kube-proxy would have sent it to the 3 pods of reviews-v1, reviews-v2, reviews-v3 on port 9080.',
  virtualService: { namespace: 'default', name: 'reviews' },
  route: { index: 0, name: null },
  destinations: [{
    host: 'reviews.default.svc.cluster.local', port: 9080, subset: 'v2', weight: 100,
    cluster: 'outbound|9080|v2|reviews.default.svc.cluster.local', endpoints: [endpoint('v2')],
    service: { kind: 'Service', namespace: 'default', name: 'reviews' }, status: 'OK', reason: null,
  }],
  rewrite: null, redirect: null, directResponse: null, fault: null,
  timeout: { value: null, isDefault: true, description: 'no timeout (R4.7.1)' },
  retries: { attempts: 2, perTryTimeout: null, retryOn: 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes', isDefault: true, description: "Istio's default retry policy (R4.9.1)" },
  mirrors: [], headers: null, corsPolicy: null,
  steps: [{
    stage: 'match', decision: 'matched', rules: ['R3.1.2', 'R3.2.5'],
    reason: 'Route 0 of VirtualService default/reviews matches (header end-user exact "jason"): header end-user exact "jason" matched "jason".',
    source: cite(VS_FILE, 10, 'spec.http[0].match[0]'),
  }],
  kubernetes: {
    service: { kind: 'Service', namespace: 'default', name: 'reviews' }, port: 9080, targetPort: 9080,
    endpoints: ['v1', 'v2', 'v3'].map(endpoint),
    note: 'Without the mesh, kube-proxy would send this connection for reviews:9080 to one of the 3 pods of reviews-v1, reviews-v2, reviews-v3 on port 9080.',
  },
};

export const DIAGNOSTICS_EXAMPLE = {
  revision: 1,
  findings: [{
    code: 'MX0004', name: 'VirtualServiceSubsetNotFound', severity: 'error',
    message: 'Subset v1 of details.default.svc.cluster.local is not defined: clients in default find no DestinationRule for details.default.svc.cluster.local.',
    resource: { kind: 'VirtualService', namespace: 'default', name: 'details' },
    source: { kind: 'VirtualService', namespace: 'default', name: 'details', file: 'bookinfo/networking/virtual-service-all-v1.yaml', line: 51, field: 'spec.http[0].route[0].destination.subset' },
    fieldPath: 'spec.http[0].route[0].destination.subset', related: [],
    symptom: 'requests sent to this destination get 503 with response flag NC (cluster not found)',
    fix: 'Define subset v1 in a DestinationRule for details.default.svc.cluster.local that these clients find.',
    istioCode: 'IST0101', kialiCode: 'KIA1107', rules: ['R5.3.1', 'R5.6.3'],
  }],
  counts: { error: 1, warning: 0, info: 0 },
  failOn: null, failed: false,
  summary: '1 finding: 1 error, 0 warnings, 0 info.',
};

const side = (value: string, explanation: string, docUrl: string) => ({ value, explanation, rules: [], docUrl });

export const DIFFERENCES_EXAMPLE = {
  summary: 'VirtualService vs Service: L7 routing rules for requests sent to a host vs A stable name and virtual IP for a set of Pods.',
  general: {
    kind: 'VIRTUAL_SERVICE', versus: 'SERVICE', kindName: 'VirtualService', versusName: 'Service',
    dimensions: [{
      id: 'purpose', title: 'Purpose',
      kind: side('L7 routing rules for requests sent to a host', 'A VirtualService tells the proxy how to route requests addressed to its hosts.', 'https://istio.io/latest/docs/reference/config/networking/virtual-service/'),
      versus: side('A stable name and virtual IP for a set of Pods', 'A Service gives the Pods its selector matches one DNS name and a ClusterIP.', 'https://kubernetes.io/docs/concepts/services-networking/service/'),
    }],
    pairNotes: [], supportedKinds: ['SERVICE', 'VIRTUAL_SERVICE'], comparableWith: ['SERVICE'],
  },
  concrete: null,
  markdown: '| | VirtualService | Service |\n|---|---|---|\n| Purpose | L7 routing rules ... | A stable name ... |\n',
  text: 'VirtualService vs Service\n...\n',
};

import { decidedBy, explainRoute, renderRoutePath, routeRequestSchema } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';
import { routePathOutput } from '../route-path-output.js';
import { setInput } from '../set-input.js';

export const routePathTool = defineTool({
  name: 'route_path',
  title: 'Where does this request go?',
  description: [
    'Simulates one HTTP request through an Istio mesh from the manifests of a set, as Envoy would route it:',
    'which VirtualService and route catch it (and why the earlier routes did not), the destination host, subset, cluster and ready Pods,',
    'redirects, rewrites, faults, timeouts and retries, and what plain Kubernetes (kube-proxy, no mesh) would do instead.',
    'Answers "why does jason see reviews v2?" in one call: the summary names the VirtualService, route and subset, and every step cites file:line.',
    'Set `source` to the calling workload (its namespace and labels) or `gateway` (namespace/name) for traffic entering through an Istio Gateway.',
    'Example input: {"set": "bookinfo", "host": "reviews", "path": "/reviews/0", "headers": [{"name": "end-user", "value": "jason"}], "source": {"namespace": "default", "labels": {"app": "productpage"}}}',
  ].join(' '),
  inputSchema: { ...setInput, ...routeRequestSchema.shape },
  outputSchema: routePathOutput,
  readOnly: true,
  async answer(input, deps) {
    const { set, revision, ...request } = input;
    const { index } = await deps.loadIndex(set, revision);
    const path = explainRoute(index, request);
    const decided = decidedBy(path);
    const summary = path.summary.includes(decided) ? path.summary : `${path.summary} Decided by ${decided}.`;
    return { summary, markdown: renderRoutePath(path, 'markdown').trim(), structured: { ...path, decidedBy: decided } };
  },
});

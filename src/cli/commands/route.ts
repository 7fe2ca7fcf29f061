import type { RoutePath, RouteRequest } from '../../mesh/routing/types.js';
import { explainRoute, explainRoutes, parseDataFile, parseRouteRequests, renderRoutePath } from '../../service/explain/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption, remoteOptions, resolveIndexSource, withRevision, type IndexSource } from '../index-source.js';
import { choiceOption, stringOption } from '../parse-options.js';
import { readTextFile } from '../read-text-file.js';
import { routeRequestFromFlags, routeRequestOptions } from '../route-request-flags.js';

const formats = ['json', 'text', 'markdown', 'mermaid'] as const;

export const routeCommand: Command = {
  name: 'route',
  summary: 'where a request goes through the mesh, step by step, and what plain Kubernetes would do instead',
  usage: [
    'mesh-explainer route -f FILE|DIR... --host HOST [request flags] [--output json|text|markdown]',
    'mesh-explainer route -f FILE|DIR... --requests REQUESTS.yaml   (answers a JSON array, same order)',
    'mesh-explainer route --server URL --set NAME --host HOST [request flags]',
  ],
  options: [
    fileOption,
    ...routeRequestOptions,
    { name: 'requests', type: 'string', value: 'FILE', description: 'JSON or YAML list of RouteRequest objects (DESIGN.md fields); answers a JSON array in the same order.', example: '--requests requests.yaml' },
    { name: 'output', short: 'o', type: 'string', value: 'json|text|markdown|mermaid', description: 'Answer format (default text; json with --requests); mermaid draws the path as a flowchart.', example: '--output json' },
    ...remoteOptions,
  ],
  examples: [
    "mesh-explainer route -f ../shared/samples/bookinfo/platform/kube/bookinfo.yaml -f ../shared/samples/bookinfo/networking/destination-rule-all.yaml -f ../shared/samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml --host reviews --path /reviews/0 -H 'end-user: jason' --source-label app=productpage",
    'mesh-explainer route -f manifests/ --host bookinfo.example.com --port 8080 --path /productpage --gateway default/bookinfo-gateway --output json',
  ],
  notes: ['Exit codes: 0 answered (whatever the outcome), 2 bad input (file:line:column: object: field: message), 1 failure.'],
  run: runRoute,
};

async function runRoute(values: OptionValues, io: CliIo): Promise<number> {
  const requestsFile = stringOption(values, 'requests');
  const output = choiceOption(values, 'output', formats, requestsFile ? 'json' : 'text');
  if (requestsFile) {
    const requests = parseRouteRequests(parseDataFile(await readTextFile(requestsFile, '--requests'), requestsFile).value, requestsFile);
    const answers = await answerMany(await resolveIndexSource(values, io), requests);
    io.stdout(output === 'json' ? `${JSON.stringify(answers, null, 2)}\n` : answers.map((a) => renderRoutePath(a, output)).join('\n---\n\n'));
    return 0;
  }
  const request = routeRequestFromFlags(values);
  const source = await resolveIndexSource(values, io);
  const answer = source.mode === 'local'
    ? explainRoute(source.index, request)
    : await source.client.request<RoutePath>('POST', `${source.setPath}/route${withRevision(source, {})}`, request);
  io.stdout(output === 'json' ? `${JSON.stringify(answer, null, 2)}\n` : renderRoutePath(answer, output));
  return 0;
}

async function answerMany(source: IndexSource, requests: RouteRequest[]): Promise<RoutePath[]> {
  if (source.mode === 'local') return explainRoutes(source.index, requests);
  return source.client.request<RoutePath[]>('POST', `${source.setPath}/route${withRevision(source, {})}`, requests);
}

import { relationshipsGraph, type RelationshipsAnswer } from '../../service/explain/index.js';
import { renderGraphMermaid } from '../../mesh/relationships/index.js';
import { AppError } from '../../errors.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption, remoteOptions, resolveIndexSource, withRevision } from '../index-source.js';
import { choiceOption, intOption, stringOption } from '../parse-options.js';

export const graphCommand: Command = {
  name: 'graph',
  summary: 'the objects related to one object (Pods a Service selects, routes that reach it...), MISSING links included',
  usage: [
    'mesh-explainer graph -f FILE|DIR... --kind KIND [--namespace NS] --name NAME [--depth N] [--output json|mermaid]',
    'mesh-explainer graph --server URL --set NAME --kind KIND --name NAME',
  ],
  options: [
    fileOption,
    { name: 'kind', type: 'string', value: 'KIND', description: 'Kind of the starting object (Service, Pod, Deployment, VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar...).', example: '--kind Service' },
    { name: 'namespace', short: 'n', type: 'string', value: 'NS', description: 'Namespace of the object (default default).', example: '--namespace default' },
    { name: 'name', type: 'string', value: 'NAME', description: 'Name of the object.', example: '--name reviews' },
    { name: 'depth', type: 'string', value: 'N', description: 'Hops to follow in both directions (default 2, at most 6).', example: '--depth 1' },
    { name: 'output', short: 'o', type: 'string', value: 'json|mermaid', description: 'Answer format (default json).', example: '--output mermaid' },
    ...remoteOptions,
  ],
  examples: ['mesh-explainer graph -f ../shared/samples/bookinfo/platform/kube/bookinfo.yaml -f ../shared/samples/bookinfo/networking/destination-rule-all.yaml --kind Service --namespace default --name reviews --output mermaid'],
  notes: ['Exit codes: 0 answered, 1 the object is not in the set (or a failure), 2 bad input.'],
  run: runGraph,
};

async function runGraph(values: OptionValues, io: CliIo): Promise<number> {
  const output = choiceOption(values, 'output', ['json', 'mermaid'] as const, 'json');
  const kind = stringOption(values, 'kind');
  const name = stringOption(values, 'name');
  if (!kind || !name) throw new AppError('BAD_INPUT', '--kind and --name are required; e.g. --kind Service --name reviews');
  const query = { kind, namespace: stringOption(values, 'namespace') ?? 'default', name, depth: intOption(values, 'depth', { min: 0, max: 6 }) };
  const source = await resolveIndexSource(values, io);
  const answer = source.mode === 'local'
    ? relationshipsGraph(source.index, query)
    : await source.client.request<RelationshipsAnswer>('GET', `${source.setPath}/graph${withRevision(source, query)}`);
  io.stdout(output === 'json' ? `${JSON.stringify(answer, null, 2)}\n` : `${renderGraphMermaid(answer).trimEnd()}\n`);
  return 0;
}

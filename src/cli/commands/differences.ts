import { AppError } from '../../errors.js';
import { compareDifferences, renderDifferences, type DifferencesAnswer } from '../../service/explain/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption, remoteOptions, resolveIndexSource, withRevision } from '../index-source.js';
import { choiceOption, listOption, stringOption } from '../parse-options.js';
import { createRemoteClient, TOKEN_ENV } from '../remote-client.js';

export const differencesCommand: Command = {
  name: 'differences',
  summary: 'how a kind (e.g. VirtualService) differs from another (default Service), in general and for one host of your manifests',
  usage: [
    'mesh-explainer differences --kind KIND [--versus KIND] [--output json|markdown|text]',
    'mesh-explainer differences --kind VirtualService -f FILE|DIR... --host HOST [--namespace NS]',
    'mesh-explainer differences --kind VirtualService --server URL --set NAME --host HOST',
  ],
  options: [
    { name: 'kind', type: 'string', value: 'KIND', description: 'Service, VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar, EndpointSlice, Ingress, HTTPRoute.', example: '--kind VirtualService' },
    { name: 'versus', type: 'string', value: 'KIND', description: 'The kind to compare with (default Service).', example: '--versus DestinationRule' },
    fileOption,
    { name: 'host', type: 'string', value: 'HOST', description: 'Compare for this host of the manifests: the Service alone vs the mesh (needs -f or --server).', example: '--host reviews' },
    { name: 'namespace', short: 'n', type: 'string', value: 'NS', description: 'Namespace of a short --host (default default).', example: '--namespace default' },
    { name: 'output', short: 'o', type: 'string', value: 'json|markdown|text', description: 'Answer format (default text).', example: '--output markdown' },
    ...remoteOptions,
  ],
  examples: [
    'mesh-explainer differences --kind VirtualService --output markdown',
    'mesh-explainer differences --kind VirtualService -f ../shared/samples/bookinfo/platform/kube/bookinfo.yaml -f ../shared/samples/bookinfo/networking/destination-rule-all.yaml -f ../shared/samples/bookinfo/networking/virtual-service-reviews-50-v3.yaml --host reviews',
  ],
  notes: ['Exit codes: 0 answered, 2 bad input (unknown kind: the supported kinds are listed), 1 failure.'],
  run: runDifferences,
};

async function runDifferences(values: OptionValues, io: CliIo): Promise<number> {
  const output = choiceOption(values, 'output', ['json', 'markdown', 'text'] as const, 'text');
  const kind = stringOption(values, 'kind');
  if (!kind) throw new AppError('BAD_INPUT', '--kind is required; e.g. --kind VirtualService');
  const query = { kind, versus: stringOption(values, 'versus'), host: stringOption(values, 'host'), namespace: stringOption(values, 'namespace') };
  const answer = await answerOf(values, io, query);
  io.stdout(output === 'json'
    ? `${JSON.stringify({ summary: answer.summary, general: answer.general, concrete: answer.concrete }, null, 2)}\n`
    : renderDifferences(answer.general, answer.concrete, output));
  return 0;
}

async function answerOf(values: OptionValues, io: CliIo, query: { kind: string; versus?: string; host?: string; namespace?: string }): Promise<DifferencesAnswer> {
  const remote = stringOption(values, 'server') !== undefined;
  if (!query.host) {
    if (listOption(values, 'file').length > 0) throw new AppError('BAD_INPUT', '-f needs --host: the concrete comparison is for one host of the manifests');
    if (!remote) return compareDifferences(query);
    const client = createRemoteClient(stringOption(values, 'server') ?? '', io.env[TOKEN_ENV]);
    const search = query.versus ? `?versus=${encodeURIComponent(query.versus)}` : '';
    return asAnswer(await client.request<DifferencesAnswer | DifferencesAnswer['general']>('GET', `/api/v1/differences/${encodeURIComponent(query.kind)}${search}`));
  }
  const source = await resolveIndexSource(values, io);
  if (source.mode === 'local') return compareDifferences(query, source.index);
  return source.client.request<DifferencesAnswer>('GET', `${source.setPath}/differences${withRevision(source, query)}`);
}

/** The general endpoint may answer the bare comparison (`{kind, versus, dimensions...}`) instead of `{general}`. */
function asAnswer(data: DifferencesAnswer | DifferencesAnswer['general']): DifferencesAnswer {
  if ('general' in data) return data;
  return { summary: `${data.kindName} vs ${data.versusName}.`, general: data, concrete: null, markdown: '', text: '' };
}

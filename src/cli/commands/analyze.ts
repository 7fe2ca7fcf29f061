import { AppError } from '../../errors.js';
import {
  analyze, listDiagnosticRules, parseSeverity, reachesSeverity, renderFindingsText, type AnalyzeResult,
} from '../../service/explain/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption, remoteOptions, resolveIndexSource, withRevision } from '../index-source.js';
import { choiceOption, listOption, stringOption } from '../parse-options.js';

export const FINDINGS_EXIT_CODE = 3;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'what in a manifest set is broken or has no effect (diagnostics with MX codes, istioctl/Kiali equivalents)',
  usage: [
    'mesh-explainer analyze -f FILE|DIR... [--output json|text] [--fail-on error|warning|info] [--min-severity S] [--code MX0004]',
    'mesh-explainer analyze --list-rules [--output json|text]',
    'mesh-explainer analyze --server URL --set NAME [--fail-on warning]',
  ],
  options: [
    fileOption,
    { name: 'output', short: 'o', type: 'string', value: 'json|text', description: 'Answer format (default text).', example: '--output json' },
    { name: 'fail-on', type: 'string', value: 'error|warning|info', description: `Exit ${FINDINGS_EXIT_CODE} when a finding is at least this severe (for CI).`, example: '--fail-on warning' },
    { name: 'min-severity', type: 'string', value: 'error|warning|info', description: 'Only report findings at least this severe (default info).', example: '--min-severity warning' },
    { name: 'code', type: 'string', multiple: true, value: 'CODE', description: 'Only run the rule with this code.', example: '--code MX0004' },
    { name: 'list-rules', type: 'boolean', description: 'List every diagnostic code with its severity and description, then exit.', example: 'mesh-explainer analyze --list-rules' },
    ...remoteOptions,
  ],
  examples: [
    'mesh-explainer analyze -f ../shared/samples/bookinfo/platform/kube/bookinfo.yaml -f ../shared/samples/bookinfo/networking/virtual-service-all-v1.yaml --fail-on warning',
    'mesh-explainer analyze --list-rules --output json',
  ],
  notes: [`Exit codes: 0 answered (no finding reached --fail-on), ${FINDINGS_EXIT_CODE} findings reached --fail-on, 2 bad input, 1 failure.`],
  run: runAnalyze,
};

async function runAnalyze(values: OptionValues, io: CliIo): Promise<number> {
  const output = choiceOption(values, 'output', ['json', 'text'] as const, 'text');
  if (values['list-rules'] === true) {
    const rules = listDiagnosticRules();
    io.stdout(output === 'json' ? `${JSON.stringify(rules, null, 2)}\n`
      : `${rules.map((r) => `${r.code}  ${r.severity.padEnd(7)}  ${r.name}: ${r.description}${r.istioCode ? ` (${r.istioCode})` : ''}`).join('\n')}\n`);
    return 0;
  }
  const failOn = parseSeverity(stringOption(values, 'fail-on'), '--fail-on');
  const minSeverity = stringOption(values, 'min-severity');
  parseSeverity(minSeverity, '--min-severity');
  const codes = listOption(values, 'code');
  const source = await resolveIndexSource(values, io);
  const result = source.mode === 'local'
    ? analyze(source.index, { minSeverity, codes, failOn: failOn ?? undefined })
    : await source.client.request<AnalyzeResult>('GET', `${source.setPath}/diagnostics${withRevision(source, { minSeverity, codes: codes.join(',') || undefined })}`);
  if (!Array.isArray(result.findings)) throw new AppError('UNAVAILABLE', 'the server answered diagnostics without a findings list');
  const failed = reachesSeverity(result.findings, failOn);
  io.stdout(output === 'json' ? `${JSON.stringify({ ...result, failOn, failed }, null, 2)}\n` : renderFindingsText(result));
  return failed ? FINDINGS_EXIT_CODE : 0;
}

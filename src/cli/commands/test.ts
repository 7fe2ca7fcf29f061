import { writeFile } from 'node:fs/promises';
import { AppError } from '../../errors.js';
import {
  parseRouteTestCasesFile, renderJunit, renderRouteTestReportText, runRouteTests, summaryLine, type RouteTestReport,
} from '../../service/explain/index.js';
import type { Command, CliIo, OptionValues } from '../command.js';
import { fileOption, remoteOptions, resolveIndexSource, withRevision } from '../index-source.js';
import { choiceOption, stringOption } from '../parse-options.js';
import { readTextFile } from '../read-text-file.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'routing tests for CI: assert where requests go (docs/routing-tests.md); exit 1 when one fails',
  usage: [
    'mesh-explainer test -f FILE|DIR... --cases CASES.yaml [--output text|json|junit] [--junit-file report.xml]',
    'mesh-explainer test --server URL --set NAME --cases CASES.yaml',
  ],
  options: [
    fileOption,
    { name: 'cases', type: 'string', value: 'FILE', description: 'YAML or JSON routing test cases (format: docs/routing-tests.md).', example: '--cases routing-tests.yaml' },
    { name: 'output', short: 'o', type: 'string', value: 'text|json|junit', description: 'Report format on stdout (default text).', example: '--output junit' },
    { name: 'junit-file', type: 'string', value: 'FILE', description: 'Also write the JUnit XML report to this file (stdout keeps --output).', example: '--junit-file reports/routing.xml' },
    ...remoteOptions,
  ],
  examples: [
    'mesh-explainer test -f ../shared/samples/bookinfo/platform/kube -f ../shared/samples/bookinfo/networking/destination-rule-all.yaml -f ../shared/samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml --cases routing-tests.yaml',
    'mesh-explainer test --server http://mesh-explainer:8080 --set prod --cases routing-tests.yaml --junit-file routing.xml',
  ],
  notes: ['Exit codes: 0 every case passed, 1 a case failed (or a failure), 2 bad input (cases or manifests).'],
  run: runTest,
};

async function runTest(values: OptionValues, io: CliIo): Promise<number> {
  const output = choiceOption(values, 'output', ['text', 'json', 'junit'] as const, 'text');
  const casesFile = stringOption(values, 'cases');
  if (!casesFile) throw new AppError('BAD_INPUT', '--cases FILE is required; e.g. --cases routing-tests.yaml');
  const cases = parseRouteTestCasesFile(await readTextFile(casesFile, '--cases'), casesFile);
  const source = await resolveIndexSource(values, io);
  const report = source.mode === 'local'
    ? runRouteTests(source.index, cases)
    : await source.client.request<RouteTestReport>('POST', `${source.setPath}/route-tests${withRevision(source, {})}`, { cases });
  const junitFile = stringOption(values, 'junit-file');
  if (junitFile) await writeFile(junitFile, renderJunit(report));
  if (output === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === 'junit') io.stdout(renderJunit(report));
  else io.stdout(renderRouteTestReportText(report));
  if (output !== 'text') io.stderr(`${summaryLine(report)}\n`);
  return report.failed === 0 ? 0 : 1;
}

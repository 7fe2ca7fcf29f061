import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCli as runInProcess } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from './run-cli.js';

async function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runInProcess(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('mesh-explainer --help', () => {
  for (const command of commands) {
    test(`${command.name} --help documents every flag with an example`, async () => {
      const run = await inProcess([command.name, '--help']);
      assert.equal(run.code, 0);
      for (const option of command.options) {
        const options = run.stdout.slice(run.stdout.indexOf('Options:\n'), run.stdout.indexOf('\nExamples:'));
        const block = options.split(/\n(?= {2}(?:-\w,| {4}--))/).find((b) => new RegExp(`^ {2}(-\\w, | {4})--${option.name}\\b`).test(b));
        assert.ok(block, `--${option.name} is documented`);
        assert.match(block, /\n {8}e\.g\. \S/, `--${option.name} has an example`);
      }
      assert.match(run.stdout, /^Usage:\n {2}mesh-explainer /m);
    });
  }

  test('the top-level help lists every command; an unknown command exits 2', async () => {
    const help = await inProcess(['--help']);
    assert.equal(help.code, 0);
    for (const command of commands) assert.match(help.stdout, new RegExp(`^ {2}${command.name} +\\S`, 'm'));
    const unknown = await inProcess(['explain']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "explain"; commands: route, graph/);
  });

  test('the bin works from any working directory (tsx registered by the bin itself)', async () => {
    const run = await runCli(['route', '--help'], { cwd: '/' });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /-H, --header 'NAME: VALUE'/);
  });
});

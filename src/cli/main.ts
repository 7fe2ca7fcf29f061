// `mesh-explainer <command>`: dispatch, --help, and the one mapping from errors to exit codes (src/errors.ts).
import { isAppError } from '../errors.js';
import type { CliIo, Command } from './command.js';
import { commands } from './commands/index.js';
import { parseOptions } from './parse-options.js';
import { renderHelp } from './render-help.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelHelp());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`mesh-explainer: unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    const values = parseOptions(command, rest);
    if (values.help === true) {
      io.stdout(renderHelp(command));
      return 0;
    }
    return await command.run(values, io);
  } catch (error) {
    return reportError(command, error, io);
  }
}

function reportError(command: Command, error: unknown, io: CliIo): number {
  if (isAppError(error)) {
    io.stderr(`mesh-explainer ${command.name}: ${error.message}\n`);
    return error.mapping.cliExitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`mesh-explainer ${command.name}: internal error: ${message}\n`);
  if (io.env.MESH_EXPLAINER_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 1;
}

function topLevelHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    'mesh-explainer: explains where a request goes in a Kubernetes + Istio mesh, from manifests.',
    '',
    'Usage: mesh-explainer <command> [flags]    (mesh-explainer <command> --help for every flag)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 answered, 1 failure, 2 bad input, 3 analyze findings reached --fail-on.',
  ];
  return `${lines.join('\n')}\n`;
}

/** Entry point used by bin/mesh-explainer.mjs. */
export async function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  });
}

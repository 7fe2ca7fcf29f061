// Every `mesh-explainer` command, in the order `--help` lists them. A command not listed here does not exist.
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { differencesCommand } from './differences.js';
import { graphCommand } from './graph.js';
import { mcpCommand } from './mcp.js';
import { routeCommand } from './route.js';
import { testCommand } from './test.js';
import { uploadCommand } from './upload.js';

export const commands: readonly Command[] = Object.freeze([
  routeCommand, graphCommand, analyzeCommand, differencesCommand, testCommand, uploadCommand, mcpCommand,
]);

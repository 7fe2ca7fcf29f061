#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx mesh-explainer` works right after `npm ci` (no build step),
// from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));

// test/conformance/known-divergences.json: cases that do not pass, each with a proven reason. Shared by every
// conformance suite: a flat list of {suite, caseId, reason}.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson } from './shared-dir.js';

export interface KnownDivergence { suite: string; caseId: string; reason: string }

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../known-divergences.json');

export function knownDivergences(suite: string): Map<string, string> {
  const all = readJson<KnownDivergence[]>(FILE);
  return new Map(all.filter((d) => d.suite === suite).map((d) => [d.caseId, d.reason]));
}

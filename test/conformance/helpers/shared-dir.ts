// Locates ../shared/conformance relative to the repository root (never copied into the project).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CONFORMANCE_DIR = path.resolve(REPO_ROOT, '../shared/conformance');

/** The suite folder, or null when ../shared/conformance (or the suite) is not there. */
export function suiteDir(suite: string): string | null {
  const dir = path.join(CONFORMANCE_DIR, suite);
  return existsSync(path.join(dir, 'cases.json')) ? dir : null;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export const SKIP_MESSAGE = '../shared/conformance not found (expected next to the repository); conformance suite skipped';

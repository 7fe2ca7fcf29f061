import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Resource } from '../../src/mesh/model.js';
import { ingestManifests, type IngestOptions, type IngestResult, type ManifestFile, type ManifestProblem } from '../../src/manifests/index.js';

/** ../shared (next to the repo), resolved from this file so tests do not depend on the working directory. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function yamlText(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export function ingestOk(files: ManifestFile[], options?: IngestOptions): Extract<IngestResult, { ok: true }> {
  const result = ingestManifests(files, options);
  if (!result.ok) assert.fail(`expected success, got problems:\n${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

export function ingestFail(files: ManifestFile[], options?: IngestOptions): Extract<IngestResult, { ok: false }> {
  const result = ingestManifests(files, options);
  if (result.ok) assert.fail(`expected problems, got ${result.resources.length} resources`);
  return result;
}

/** The only problem of an upload that must fail with exactly one. */
export function onlyProblem(files: ManifestFile[], options?: IngestOptions): ManifestProblem {
  const { problems } = ingestFail(files, options);
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0];
}

export function byName(resources: Resource[], kind: string, name: string): Resource {
  const found = resources.find((r) => r.kind === kind && r.name === name);
  assert.ok(found, `${kind} ${name} not found`);
  return found;
}

export function service(name: string, extra: string[] = []): string[] {
  return ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`, 'spec:', '  ports:', '  - port: 80', ...extra];
}

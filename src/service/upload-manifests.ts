// Upload = ingest (parse, validate, redact) then store as one new revision, all-or-nothing.
import { AppError } from '../errors.js';
import { ingestManifests, type IngestLimits } from '../manifests/index.js';
import type { JsonObject } from '../mesh/model.js';
import type { Store } from '../store/index.js';
import { toRevisionSummary, type UploadInput, type UploadResult } from './models.js';
import { checkSetName } from './set-name.js';

export interface UploadOptions { limits: Partial<IngestLimits> }

export async function uploadManifests(store: Store, options: UploadOptions, input: UploadInput): Promise<UploadResult> {
  checkSetName(input.set);
  if (input.files.length === 0) throw new AppError('BAD_INPUT', 'An upload needs at least one file.');
  const result = ingestManifests(input.files, {
    ...(input.defaultNamespace ? { defaultNamespace: input.defaultNamespace } : {}),
    limits: options.limits,
  });
  if (!result.ok) return { ok: false, problems: result.problems, warnings: result.warnings };
  const revision = await store.revisions.create({
    setName: input.set,
    ...(input.description ? { description: input.description } : {}),
    countsByKind: result.countsByKind,
    warnings: result.warnings as unknown as JsonObject[],
    files: result.files.map(({ name, sha256, size, text }) => ({ name, sha256, size, text })),
    resources: result.resources.map((r) => ({
      apiVersion: r.apiVersion,
      kind: r.kind,
      namespace: r.namespace,
      name: r.name,
      labels: r.labels,
      object: r.object,
      file: r.source.file,
      docIndex: r.source.docIndex,
      line: r.source.line,
      column: r.source.column,
      creationTimestamp: r.creationTimestamp,
    })),
  });
  return { ok: true, revision: toRevisionSummary(revision), warnings: result.warnings };
}

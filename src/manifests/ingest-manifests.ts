import type { Resource } from '../mesh/model.js';
import { buildResource, type BuiltResource } from './build-resource.js';
import { collectObjects } from './collect-objects.js';
import { DocumentPositions } from './create-field-locator.js';
import { byteLength, decodeManifestFile } from './decode-manifest-file.js';
import { findDuplicates } from './find-duplicates.js';
import { ProblemCollector } from './problem-collector.js';
import { redactSecretText } from './redact-secret-text.js';
import { splitDocuments, type DocumentChunk } from './split-documents.js';
import { DEFAULT_INGEST_LIMITS, type IngestOptions, type IngestResult, type ManifestFile, type ManifestProblem, type StoredFile } from './types.js';
import { warnUninterpreted } from './warn-uninterpreted.js';

/** Parses, validates, normalizes and redacts one upload. All-or-nothing: any problem means no resources. */
export function ingestManifests(files: ManifestFile[], options: IngestOptions = {}): IngestResult {
  const limits = { ...DEFAULT_INGEST_LIMITS, ...options.limits };
  const collector = new ProblemCollector();
  const fail = (): IngestResult => ({ ok: false, problems: inUploadOrder(collector.problems, files), warnings: collector.warnings });
  checkUploadSize(files, limits.maxTotalBytes, collector);
  if (collector.problems.length > 0) return fail();

  const stored = decodeAll(files, collector);
  const split = stored.map((file) => ({ file, chunks: splitDocuments(file.text) }));
  if (!checkDocumentCount(split, limits.maxDocuments, collector)) return fail();

  const positions = new DocumentPositions(stored);
  const raw = split.flatMap(({ file, chunks }) => collectObjects(file.name, chunks, { limits, positions, collector }));
  if (raw.length > limits.maxDocuments) {
    const over = raw[limits.maxDocuments].source;
    collector.add(problemAt(over.file, over.docIndex, over.line, over.column, 'too-many-documents', `upload has more than ${limits.maxDocuments} objects (List items included)`));
    return fail();
  }
  const context = { defaultNamespace: options.defaultNamespace ?? 'default', positions, collector };
  const built: BuiltResource[] = [];
  for (const object of raw) {
    if (collector.full) break;
    const result = buildResource(object, context);
    if (result) built.push(result);
  }
  for (const problem of findDuplicates(built.map((b) => b.resource))) collector.add(problem);
  warnUninterpreted(built, collector);
  if (collector.problems.length > 0) return fail();
  const resources = built.map((b) => b.resource);
  const storedFiles = split.map(({ file, chunks }) => withoutSecretValues(file, chunks, built));
  return { ok: true, resources, warnings: collector.warnings, files: storedFiles, countsByKind: countByKind(resources) };
}

function withoutSecretValues(file: StoredFile, chunks: readonly DocumentChunk[], built: readonly BuiltResource[]): StoredFile {
  const secretDocuments = new Set(
    built.filter((b) => b.treatment.treatment === 'secret' && b.resource.source.file === file.name).map((b) => b.resource.source.docIndex),
  );
  return secretDocuments.size === 0 ? file : { ...file, text: redactSecretText(file.text, chunks, secretDocuments) };
}

function checkUploadSize(files: readonly ManifestFile[], maxTotalBytes: number, collector: ProblemCollector): void {
  let total = 0;
  for (const file of files) {
    total += byteLength(file);
    if (total > maxTotalBytes) {
      const message = `upload is larger than the limit of ${maxTotalBytes} bytes (reached in this file)`;
      collector.add(problemAt(file.name, null, null, null, 'upload-too-large', message));
      return;
    }
  }
}

function decodeAll(files: readonly ManifestFile[], collector: ProblemCollector): StoredFile[] {
  const seen = new Set<string>();
  const stored: StoredFile[] = [];
  for (const file of files) {
    if (seen.has(file.name)) {
      collector.add(problemAt(file.name, null, null, null, 'duplicate-file-name', 'two files of this upload have the same name'));
      continue;
    }
    seen.add(file.name);
    const decoded = decodeManifestFile(file);
    if (decoded.ok) stored.push(decoded.file);
    else collector.add(decoded.problem);
  }
  return stored;
}

/** false (and a problem) when the upload has too many documents: refused before parsing any. */
function checkDocumentCount(split: readonly { file: StoredFile; chunks: DocumentChunk[] }[], max: number, collector: ProblemCollector): boolean {
  let count = 0;
  for (const { file, chunks } of split) {
    for (const chunk of chunks) {
      if (chunk.objectLine === null) continue;
      count += 1;
      if (count > max) {
        const message = `upload has more than ${max} documents`;
        collector.add(problemAt(file.name, chunk.docIndex, chunk.objectLine, chunk.objectColumn, 'too-many-documents', message));
        return false;
      }
    }
  }
  return true;
}

/** By file (as uploaded), then position; the "too many problems" entry stays last. */
function inUploadOrder(problems: readonly ManifestProblem[], files: readonly ManifestFile[]): ManifestProblem[] {
  const order = new Map(files.map((f, i) => [f.name, i]));
  const rank = (p: ManifestProblem): number[] => [
    p.code === 'too-many-problems' ? 1 : 0, order.get(p.file) ?? files.length, p.line ?? 0, p.column ?? 0,
  ];
  return problems
    .map((problem, index) => ({ problem, key: [...rank(problem), index] }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((entry) => entry.problem);
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function problemAt(file: string, docIndex: number | null, line: number | null, column: number | null, code: string, message: string): ManifestProblem {
  return { code, file, docIndex, line, column, object: null, fieldPath: null, message };
}

function countByKind(resources: readonly Resource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resources) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

import type { SourceLocation } from '../mesh/model.js';
import type { DocumentPositions } from './create-field-locator.js';
import { formatFieldPath } from './field-path.js';
import { measureDocument } from './measure-document.js';
import { parseDocument, type TextPosition } from './parse-document.js';
import type { ProblemCollector } from './problem-collector.js';
import type { DocumentChunk } from './split-documents.js';
import type { IngestLimits } from './types.js';

/** One parsed object with where it starts; not yet checked to be a Kubernetes object. */
export interface RawObject { value: unknown; source: SourceLocation }

export interface CollectContext { limits: IngestLimits; positions: DocumentPositions; collector: ProblemCollector }

/** Parses the non-empty documents of a file; `kind: List` items and top-level sequences give one object per item. */
export function collectObjects(file: string, chunks: readonly DocumentChunk[], context: CollectContext): RawObject[] {
  const { limits, collector } = context;
  const settings = { json: /\.json$/i.test(file), maxDepth: limits.maxDepth, maxAliasCount: limits.maxAliasCount };
  const objects: RawObject[] = [];
  for (const chunk of chunks) {
    if (chunk.objectLine === null || chunk.objectColumn === null || collector.full) continue;
    const source = { file, docIndex: chunk.docIndex, line: chunk.objectLine, column: chunk.objectColumn };
    let parsed = parseDocument(chunk, settings);
    if (parsed.ok && Array.isArray(parsed.value) && parsed.positions.size === 0) parsed = parseDocument(chunk, settings, true);
    if (!parsed.ok) {
      const { code, message, position } = parsed.failure;
      collector.add({ code, file, docIndex: chunk.docIndex, ...position, object: null, fieldPath: null, message });
      continue;
    }
    if (chunk.text.includes('&') || chunk.text.length > limits.maxStringLength) {
      const failure = measureDocument(parsed.value, { ...limits, maxExpandedBytes: limits.maxTotalBytes });
      if (failure) {
        const at = context.positions.locateNearest(source, failure.path);
        const fieldPath = formatFieldPath(failure.path) || null;
        collector.add({ code: failure.code, file, docIndex: chunk.docIndex, ...at, object: null, fieldPath, message: failure.message });
        continue;
      }
    }
    objects.push(...splitItems(parsed.value, parsed.positions, source));
  }
  return objects;
}

function splitItems(value: unknown, positions: Map<object, TextPosition>, source: SourceLocation): RawObject[] {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const items = Array.isArray(value) ? value : record?.kind === 'List' && Array.isArray(record.items) ? record.items : null;
  if (!items) return [{ value, source }];
  return items.map((item: unknown) => {
    const at = item !== null && typeof item === 'object' ? positions.get(item) : undefined;
    return { value: item, source: at ? { ...source, ...at } : source };
  });
}

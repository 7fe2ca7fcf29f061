import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { LAST_APPLIED_ANNOTATION, SECRET_VALUE_FIELDS } from './redact-secret.js';
import type { DocumentChunk } from './split-documents.js';

interface Blank { start: number; end: number; placeholder: string }

/**
 * Blanks the values of Secrets (data, stringData, the last-applied annotation) in the stored text of
 * the given documents. Every line break and column stays where it was, and the text still parses to
 * the redacted objects, so positions recomputed from it match the stored resources.
 */
export function redactSecretText(text: string, chunks: readonly DocumentChunk[], docIndexes: ReadonlySet<number>): string {
  const blanks: Blank[] = [];
  for (const chunk of chunks) {
    if (!docIndexes.has(chunk.docIndex)) continue;
    for (const secret of secretNodes(chunk.text)) {
      for (const field of SECRET_VALUE_FIELDS) addBlank(blanks, chunk, secret.get(field, true), '{}');
      const annotations = secret.getIn(['metadata', 'annotations'], true);
      if (isMap(annotations)) addBlank(blanks, chunk, annotations.get(LAST_APPLIED_ANNOTATION, true), '""');
    }
  }
  blanks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const blank of blanks) {
    if (blank.start < at) continue;
    const body = text.slice(blank.start, blank.end).replace(/[^\r\n]/g, ' ');
    const placeholder = blank.end - blank.start >= blank.placeholder.length ? blank.placeholder : '~';
    out += text.slice(at, blank.start) + placeholder + body.slice(placeholder.length);
    at = blank.end;
  }
  return out + text.slice(at);
}

function secretNodes(documentText: string): YAMLMap[] {
  const root = parseDocument(documentText).contents;
  const candidates: unknown[] = isSeq(root) ? root.items : [root];
  if (kindOf(root) === 'List' && isMap(root)) {
    const items = root.get('items', true);
    if (isSeq(items)) candidates.push(...items.items);
  }
  return candidates.filter((node): node is YAMLMap => isMap(node) && kindOf(node) === 'Secret');
}

function addBlank(blanks: Blank[], chunk: DocumentChunk, value: unknown, placeholder: string): void {
  const range = (value as Node | undefined)?.range;
  if (!range || range[1] <= range[0]) return;
  blanks.push({ start: chunk.startOffset + range[0], end: chunk.startOffset + range[1], placeholder });
}

function kindOf(node: unknown): unknown {
  const kind = isMap(node) ? node.get('kind', true) : undefined;
  return isScalar(kind) ? kind.value : undefined;
}

import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { FieldLocator, SourceLocation } from '../mesh/model.js';
import { parseFieldPath, type PathSegment } from './field-path.js';
import { fieldPositionKey, type FieldPositions, type Position } from './field-position-key.js';
import { scanFieldPositions } from './scan-field-positions.js';
import { splitDocuments, type DocumentChunk } from './split-documents.js';

export type { Position } from './field-position-key.js';

interface PositionedDocument { chunk: DocumentChunk; document: Document; lineCounter: LineCounter }

/**
 * Field positions, found lazily: only for the documents something cites, once per file+docIndex. Block
 * YAML as manifests are written gets one line scan (`scanFieldPositions`, a path → position map); any other
 * document is parsed with `yaml` (slow, exact) and walked per path.
 */
export class DocumentPositions {
  private readonly texts: Map<string, string>;
  private readonly chunks = new Map<string, DocumentChunk[]>();
  private readonly documents = new Map<string, FieldPositions | PositionedDocument | null>();

  constructor(files: readonly { name: string; text: string }[]) {
    this.texts = new Map(files.map((f) => [f.name, f.text]));
  }

  /** Position of the field (the key of a map entry, the start of a list item); undefined if not written. */
  locate(source: SourceLocation, path: readonly PathSegment[]): Position | undefined {
    const positioned = this.document(source.file, source.docIndex);
    if (!positioned) return undefined;
    if (positioned instanceof Map) return positioned.get(fieldPositionKey(path));
    let node: unknown = objectNode(positioned, source.line);
    let offset = rangeStart(node);
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(positioned.document);
      if (isMap(node) && typeof segment === 'string') {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) return undefined;
        offset = rangeStart(pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment];
        offset = rangeStart(node);
      } else {
        return undefined;
      }
    }
    return offset === undefined ? undefined : toFilePosition(positioned, offset);
  }

  /** Like locate, but falls back to the nearest written parent, then to the object's start. */
  locateNearest(source: SourceLocation, path: readonly PathSegment[]): Position {
    for (let length = path.length; length > 0; length -= 1) {
      const found = this.locate(source, path.slice(0, length));
      if (found) return found;
    }
    return { line: source.line, column: source.column };
  }

  private document(file: string, docIndex: number): FieldPositions | PositionedDocument | undefined {
    const key = `${file}\u0000${docIndex}`;
    if (!this.documents.has(key)) this.documents.set(key, this.parse(file, docIndex));
    return this.documents.get(key) ?? undefined;
  }

  private parse(file: string, docIndex: number): FieldPositions | PositionedDocument | null {
    const text = this.texts.get(file);
    if (text === undefined) return null;
    let chunks = this.chunks.get(file);
    if (!chunks) this.chunks.set(file, (chunks = splitDocuments(text)));
    const chunk = chunks[docIndex];
    if (!chunk) return null;
    const scanned = scanFieldPositions(chunk.text, chunk.startLine);
    if (scanned) return scanned;
    const lineCounter = new LineCounter();
    const document = parseDocument(chunk.text, { lineCounter, keepSourceTokens: false });
    return { chunk, document, lineCounter };
  }
}

/** The document's root, or for a List / top-level sequence the item that starts on `line`. */
function objectNode(positioned: PositionedDocument, line: number): unknown {
  const root = positioned.document.contents;
  const items = isMap(root) ? root.get('items', true) : root;
  if (!isSeq(items) || (isMap(root) && root.get('kind') !== 'List')) return root;
  const item = items.items.find((candidate) => {
    const start = rangeStart(candidate);
    return start !== undefined && toFilePosition(positioned, start).line === line;
  });
  return item ?? root;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

function toFilePosition(positioned: PositionedDocument, offset: number): Position {
  const { line, col } = positioned.lineCounter.linePos(offset);
  return { line: positioned.chunk.startLine + line - 1, column: col };
}

/** Locates fields of only the documents that get cited; caches per file+docIndex (see DocumentPositions). */
export function createFieldLocator(files: { name: string; text: string }[]): FieldLocator {
  const positions = new DocumentPositions(files);
  return (resource, fieldPath) => {
    const path = parseFieldPath(fieldPath);
    return path === undefined ? undefined : positions.locate(resource.source, path);
  };
}

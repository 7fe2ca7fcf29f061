/** One YAML document of a file, found by a line scan (no parsing). */
export interface DocumentChunk {
  /** 0-based, counted the way YAML counts documents (an empty `---` document still takes an index). */
  docIndex: number;
  /** 1-based file line of the chunk's first line. */
  startLine: number;
  /** Offset of the chunk's first character in the file text. */
  startOffset: number;
  text: string;
  /** 1-based position of the first content (the object's start); null for an empty document. */
  objectLine: number | null;
  objectColumn: number | null;
}

interface OpenChunk {
  startLine: number;
  startOffset: number;
  marker: boolean;
  objectLine: number | null;
  objectColumn: number | null;
}

function isMarker(line: string, marker: '---' | '...'): boolean {
  return line.startsWith(marker) && (line.length === 3 || line[3] === ' ' || line[3] === '\t');
}

/** Column (1-based) of the first content on the line, or null for blank, comment and directive lines. */
function contentColumn(line: string, from: number): number | null {
  let i = from;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i += 1;
  if (i >= line.length || line[i] === '#' || (from === 0 && i === 0 && line[0] === '%')) return null;
  return i + 1;
}

/**
 * Splits a YAML stream into documents at `---` / `...` lines (document markers are forbidden inside
 * content at column 0, so a line scan is exact). Chunks never include the `...` line.
 */
export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let open: OpenChunk = { startLine: 1, startOffset: 0, marker: false, objectLine: null, objectColumn: null };
  const close = (endOffset: number): void => {
    if (!open.marker && open.objectLine === null) return;
    chunks.push({
      docIndex: chunks.length,
      startLine: open.startLine,
      startOffset: open.startOffset,
      text: text.slice(open.startOffset, endOffset),
      objectLine: open.objectLine,
      objectColumn: open.objectColumn,
    });
  };
  let offset = 0;
  let lineNumber = 1;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const first = text.charCodeAt(offset);
    const needLine = first === 45 || first === 46 || open.objectLine === null; // '-', '.'
    const line = !needLine ? '' : text.charCodeAt(end - 1) === 13 ? text.slice(offset, end - 1) : text.slice(offset, end);
    if (!needLine) {
      // content line of a document whose start is already known
    } else if (isMarker(line, '---')) {
      if (open.marker || open.objectLine !== null) {
        close(offset);
        open = { startLine: lineNumber, startOffset: offset, marker: true, objectLine: null, objectColumn: null };
      }
      open.marker = true;
      const column = contentColumn(line, 3);
      if (column !== null) [open.objectLine, open.objectColumn] = [lineNumber, column];
    } else if (isMarker(line, '...')) {
      close(offset);
      open = { startLine: lineNumber + 1, startOffset: end + 1, marker: false, objectLine: null, objectColumn: null };
    } else if (open.objectLine === null) {
      const column = contentColumn(line, 0);
      if (column !== null) [open.objectLine, open.objectColumn] = [lineNumber, column];
    }
    if (newline < 0) break;
    offset = newline + 1;
    lineNumber += 1;
  }
  close(text.length);
  return chunks;
}

import { childKey, quotedEnd, readKey, restIsBlank, type FieldPositions } from './field-position-key.js';
import { scanFlowNode } from './flow-field-positions.js';

interface Frame { indent: number; kind: 'map' | 'seq'; path: string; items: number }

/** What the previous content line leaves open for the lines below it. */
type Open =
  | { expect: 'node'; path: string; indent: number } // `key:` with the value on the next lines
  | { expect: 'scalar-end'; indent: number } // a value ended on its line: deeper lines would continue it
  | { expect: 'block-scalar'; indent: number } // `|` / `>`: deeper and blank lines are its text
  | { expect: 'nothing' };

class Unsupported extends Error {}

const BLOCK_SCALAR_HEADER = /^[|>][-+]?(?: +#.*)? *$/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
const IMPLICIT_KEY = /:(?: |$)/;
const VALUE_INDICATOR = new Set(['&', '*', '!', '%', '@', '`', '?', ':', '-', ',', ']', '}', '#']);

/**
 * Positions of every map key and sequence item of one document, by a single line scan, for the block
 * YAML manifests are written in (block maps and sequences, one-line scalars, `|`/`>` text, one-line flow
 * collections). Returns undefined for anything else (anchors, aliases, tags, multi-line flow or quoted
 * scalars, tabs, `kind: List`, ...): the caller then parses the document with `yaml`, which gives the same
 * answers for what this accepts. Lines are file lines: `firstLine` is the file line of the text's first line.
 */
export function scanFieldPositions(text: string, firstLine: number): FieldPositions | undefined {
  if (text.includes('\t') || text.includes('\uFEFF') || LONE_CARRIAGE_RETURN.test(text)) return undefined;
  const scanner = new BlockScanner();
  try {
    let start = 0;
    for (let index = 0; start <= text.length; index += 1) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      scanner.line(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end), firstLine + index);
      if (newline < 0) break;
      start = newline + 1;
    }
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return scanner.positions.has('') ? scanner.positions : undefined;
}

function fail(): never {
  throw new Unsupported();
}

class BlockScanner {
  readonly positions: FieldPositions = new Map();
  private readonly stack: Frame[] = [];
  private open: Open = { expect: 'node', path: '', indent: -1 };
  private started = false;

  line(text: string, lineNumber: number): void {
    let indent = 0;
    while (text.charCodeAt(indent) === 32) indent += 1;
    const blank = indent === text.length;
    if (this.open.expect === 'block-scalar' && (blank || indent > this.open.indent)) return;
    if (blank || text[indent] === '#') {
      if (this.open.expect === 'block-scalar') this.open = { expect: 'scalar-end', indent: this.open.indent };
      return;
    }
    if (!this.started && text.startsWith('---')) {
      if (!restIsBlank(text, 3) || (text.length > 3 && text[3] !== ' ')) fail();
      return;
    }
    if (text[0] === '%' || text.startsWith('---') || text.startsWith('...')) fail();
    this.started = true;
    const dash = text[indent] === '-' && (indent + 1 === text.length || text[indent + 1] === ' ');
    this.openChild(indent, dash);
    const top = this.stack.at(-1) ?? fail();
    if (top.indent !== indent) fail();
    if (top.kind === 'map') this.entry(text, indent, lineNumber, top);
    else if (dash) this.item(text, indent, lineNumber, top);
    else fail();
  }

  /** Closes what the line ends and opens the collection it starts (a value on the lines below `key:`). */
  private openChild(indent: number, dash: boolean): void {
    const open = this.open;
    this.open = { expect: 'nothing' };
    if (open.expect === 'node' && (indent > open.indent || (dash && indent === open.indent))) {
      if (open.path === '' && dash) fail(); // a top-level sequence: located by `yaml`
      this.stack.push({ indent, kind: dash ? 'seq' : 'map', path: open.path, items: 0 });
      return;
    }
    if (open.expect === 'scalar-end' && indent > open.indent) fail();
    while ((this.stack.at(-1)?.indent ?? -1) > indent) this.stack.pop();
    const top = this.stack.at(-1);
    if (top && top.kind === 'seq' && top.indent === indent && !dash) this.stack.pop();
  }

  private entry(text: string, column: number, lineNumber: number, map: Frame): void {
    const read = readKey(text, column);
    if (!read || text[read.end] !== ':' || (read.end + 1 < text.length && text[read.end + 1] !== ' ')) fail();
    if (map.path === '' && read.key === 'items') fail(); // a `kind: List`: its items are located by `yaml`
    const path = childKey(map.path, read.key);
    if (this.positions.has(path)) fail();
    if (map.path === '' && !this.positions.has('')) this.positions.set('', { line: lineNumber, column: column + 1 });
    this.positions.set(path, { line: lineNumber, column: column + 1 });
    this.value(text, read.end + 1, lineNumber, path, column);
  }

  private item(text: string, dashColumn: number, lineNumber: number, sequence: Frame): void {
    const path = childKey(sequence.path, sequence.items);
    sequence.items += 1;
    let start = dashColumn + 1;
    while (text[start] === ' ') start += 1;
    if (restIsBlank(text, start) || text[start] === '|' || text[start] === '>') fail();
    this.positions.set(path, { line: lineNumber, column: start + 1 });
    const read = readKey(text, start);
    if (read && text[read.end] === ':' && (read.end + 1 === text.length || text[read.end + 1] === ' ')) {
      const map: Frame = { indent: start, kind: 'map', path, items: 0 };
      this.stack.push(map);
      this.entry(text, start, lineNumber, map);
    } else {
      this.value(text, start, lineNumber, path, dashColumn);
    }
  }

  /** The value after `key:` or `- ` on the same line; `indent` is the column its continuation must not pass. */
  private value(text: string, from: number, lineNumber: number, path: string, indent: number): void {
    let start = from;
    while (text[start] === ' ') start += 1;
    if (restIsBlank(text, start)) {
      this.open = { expect: 'node', path, indent };
      return;
    }
    const first = text[start];
    if (first === '|' || first === '>') {
      if (!BLOCK_SCALAR_HEADER.test(text.slice(start))) fail();
      this.open = { expect: 'block-scalar', indent };
      return;
    }
    this.open = { expect: 'scalar-end', indent };
    if (first === '"' || first === "'") {
      const end = quotedEnd(text, start);
      if (end === undefined || !restIsBlank(text, end)) fail();
    } else if (first === '[' || first === '{') {
      const end = scanFlowNode({ line: text, lineNumber, positions: this.positions }, start, path);
      if (end === undefined || !restIsBlank(text, end)) fail();
    } else if (VALUE_INDICATOR.has(first) && !(first === '-' && text[start + 1] !== ' ' && text[start + 1] !== undefined)) {
      fail();
    } else if (IMPLICIT_KEY.test(text.slice(start))) {
      fail(); // `- null: x` is a map whose key is not a string; `a: b: c` is an error: both are left to `yaml`
    }
  }
}

import yaml from 'js-yaml';
import type { DocumentChunk } from './split-documents.js';

// js-yaml 4.3 has these; @types/js-yaml 4.0 does not declare them yet.
type LoaderState = yaml.State & { depth: number };
type LoaderOptions = yaml.LoadOptions & { maxDepth?: number };
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;

// YAML 1.2 core types plus merge keys; no timestamps, so creationTimestamp stays text.
const SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [merge] });

export interface TextPosition { line: number; column: number }

export type ParseFailure = { code: 'syntax-error' | 'depth-limit' | 'alias-limit'; message: string; position: TextPosition };
export type ParsedDocument =
  | { ok: true; value: unknown; positions: Map<object, TextPosition> }
  | { ok: false; failure: ParseFailure };

export interface ParseSettings { json: boolean; maxDepth: number; maxAliasCount: number }

const LIST_KIND = /(^|[\s{,])["']?kind["']?\s*:\s*["']?List["']?\s*($|[\r\n,}#])/m;

class AliasLimitExceeded extends Error {
  constructor(readonly offset: number) {
    super('alias limit');
  }
}

/**
 * Parses one document with js-yaml (fast). When the document is a `kind: List` (or `recordItems`), records
 * where each item object starts; when it can hold aliases (an anchor `&` appears), counts alias nodes and stops
 * at the limit before anything is expanded. Positions are file positions (chunk start applied).
 */
export function parseDocument(chunk: DocumentChunk, settings: ParseSettings, recordItems = LIST_KIND.test(chunk.text)): ParsedDocument {
  const text = chunk.text;
  const positions = new Map<object, TextPosition>();
  const countAliases = text.includes('&');
  const opens: number[] = [];
  let aliases = 0;
  let lineStarts: number[] | undefined;
  const position = (offset: number): TextPosition => toFilePosition(chunk, (lineStarts ??= computeLineStarts(text)), offset);
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      opens.push(state.position);
      return;
    }
    const start = firstContentOffset(text, opens.pop() ?? 0);
    if (countAliases && text.charCodeAt(start) === 42 /* * */ && ++aliases > settings.maxAliasCount) {
      throw new AliasLimitExceeded(start);
    }
    const result: unknown = state.result;
    // List items sit at depth 3 in block style, 4 in flow/JSON (js-yaml nests a flow root once more).
    if (recordItems && state.depth <= 4 && result !== null && typeof result === 'object') {
      positions.set(result, position(start));
    }
  };
  try {
    const options: LoaderOptions = {
      schema: SCHEMA,
      json: settings.json,
      maxDepth: settings.maxDepth,
      ...(recordItems || countAliases ? { listener: listener as (event: 'open' | 'close', state: yaml.State) => void } : {}),
    };
    const value: unknown = yaml.load(text, options);
    return { ok: true, value, positions };
  } catch (error) {
    return { ok: false, failure: describeFailure(error, chunk, settings, position) };
  }
}

function describeFailure(
  error: unknown,
  chunk: DocumentChunk,
  settings: ParseSettings,
  position: (offset: number) => TextPosition,
): ParseFailure {
  if (error instanceof AliasLimitExceeded) {
    return {
      code: 'alias-limit',
      message: `more than ${settings.maxAliasCount} YAML aliases in one document; refused without expanding them`,
      position: position(error.offset),
    };
  }
  if (error instanceof yaml.YAMLException) {
    const at = { line: chunk.startLine + error.mark.line, column: error.mark.column + 1 };
    if (error.reason.startsWith('nesting exceeded maxDepth')) {
      return { code: 'depth-limit', message: `nesting deeper than ${settings.maxDepth} levels`, position: at };
    }
    // `reason`, not `message`: the message quotes a snippet of the source, which may hold a secret.
    return { code: 'syntax-error', message: `YAML syntax error: ${error.reason}`, position: at };
  }
  throw error;
}

/** Skips spaces, line breaks and comments, as js-yaml does before a node. */
function firstContentOffset(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
    else if (c === 35 /* # */) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    } else break;
  }
  return i;
}

function toFilePosition(chunk: DocumentChunk, lineStarts: number[], offset: number): TextPosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: chunk.startLine + low, column: offset - lineStarts[low] + 1 };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

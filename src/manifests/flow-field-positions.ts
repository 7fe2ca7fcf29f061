import { childKey, quotedEnd, readKey, type FieldPositions } from './field-position-key.js';

const FLOW_INDICATOR = new Set([',', '[', ']', '{', '}']);
const NOT_PLAIN_START = new Set([...FLOW_INDICATOR, '#', '&', '*', '!', '|', '>', '%', '@', '`', '?', ':', '-']);

/** Records positions inside a flow collection written on one line. */
export interface FlowScan {
  line: string;
  /** File line of `line`. */
  lineNumber: number;
  positions: FieldPositions;
}

/**
 * Reads the flow node at `from` (a `[`/`{` collection or a scalar inside one), recording the position of
 * every map key and sequence item under `path`. Returns the index after the node, or undefined when the
 * node is not in the subset read here (multi-line, anchors, tags, implicit pairs, empty values...).
 */
export function scanFlowNode(scan: FlowScan, from: number, path: string): number | undefined {
  const { line } = scan;
  const first = line[from];
  if (first === '[') return scanFlowSequence(scan, from + 1, path);
  if (first === '{') return scanFlowMapping(scan, from + 1, path);
  if (first === '"' || first === "'") return quotedEnd(line, from);
  if (first === undefined || NOT_PLAIN_START.has(first) && !(first === '-' && isPlainChar(line[from + 1]))) return undefined;
  let i = from;
  while (i < line.length && !FLOW_INDICATOR.has(line[i]) && !(line[i] === ':' && !isPlainChar(line[i + 1])) && !(line[i] === '#' && line[i - 1] === ' ')) i += 1;
  while (line[i - 1] === ' ') i -= 1;
  return i;
}

function isPlainChar(char: string | undefined): boolean {
  return char !== undefined && char !== ' ' && !FLOW_INDICATOR.has(char);
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line[i] === ' ') i += 1;
  return i;
}

function scanFlowSequence(scan: FlowScan, from: number, path: string): number | undefined {
  let i = skipSpaces(scan.line, from);
  for (let index = 0; scan.line[i] !== ']'; index += 1) {
    const key = childKey(path, index);
    scan.positions.set(key, { line: scan.lineNumber, column: i + 1 });
    const end = scanFlowNode(scan, i, key);
    if (end === undefined) return undefined;
    i = skipSpaces(scan.line, end);
    if (scan.line[i] === ',') i = skipSpaces(scan.line, i + 1);
    else if (scan.line[i] !== ']') return undefined;
  }
  return i + 1;
}

function scanFlowMapping(scan: FlowScan, from: number, path: string): number | undefined {
  let i = skipSpaces(scan.line, from);
  while (scan.line[i] !== '}') {
    const read = readKey(scan.line, i);
    if (!read || scan.line[read.end] !== ':' || scan.line[read.end + 1] !== ' ') return undefined;
    const key = childKey(path, read.key);
    if (scan.positions.has(key)) return undefined;
    scan.positions.set(key, { line: scan.lineNumber, column: i + 1 });
    const valueStart = skipSpaces(scan.line, read.end + 1);
    if (FLOW_INDICATOR.has(scan.line[valueStart] ?? ',') && scan.line[valueStart] !== '[' && scan.line[valueStart] !== '{') return undefined;
    const end = scanFlowNode(scan, valueStart, key);
    if (end === undefined) return undefined;
    i = skipSpaces(scan.line, end);
    if (scan.line[i] === ',') i = skipSpaces(scan.line, i + 1);
    else if (scan.line[i] !== '}') return undefined;
  }
  return i + 1;
}

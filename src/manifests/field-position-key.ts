import type { PathSegment } from './field-path.js';

/** 1-based line (of the file) and column, as `yaml` reports them. */
export interface Position { line: number; column: number }

/** Field path → position of the field, for one document. */
export type FieldPositions = Map<string, Position>;

/**
 * Map key of a field path. Segments are tagged by type (`[0]` and `["0"]` differ); the tags are control
 * characters, which the fast scanner never accepts inside a key, so a tagged key cannot be forged by a key text.
 */
export function fieldPositionKey(path: readonly PathSegment[]): string {
  let key = '';
  for (const segment of path) key += typeof segment === 'number' ? `\u0001${segment}` : `\u0002${segment}`;
  return key;
}

export function childKey(parent: string, segment: PathSegment): string {
  return typeof segment === 'number' ? `${parent}\u0001${segment}` : `${parent}\u0002${segment}`;
}

/** Plain keys the fast scanner accepts: always a string under the YAML 1.2 core schema (no null/bool/number). */
const PLAIN_KEY = /[A-Za-z_][A-Za-z0-9_./-]*/y;
const NOT_STRING = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const DOUBLE_QUOTED_KEY = /"([^"\\]*)"/y;
const SINGLE_QUOTED_KEY = /'([^']*)'/y;
const CONTROL = /\p{Cc}/u;
const KEY_PATTERNS = [PLAIN_KEY, DOUBLE_QUOTED_KEY, SINGLE_QUOTED_KEY];

/** A key at `from` (plain, or quoted without escapes); `end` is the index after it. Undefined otherwise. */
export function readKey(line: string, from: number): { key: string; end: number } | undefined {
  for (const pattern of KEY_PATTERNS) {
    pattern.lastIndex = from;
    const match = pattern.exec(line);
    if (!match) continue;
    const key = match[1] ?? match[0];
    if (match[1] === undefined ? NOT_STRING.has(key) : CONTROL.test(key)) return undefined;
    return { key, end: pattern.lastIndex };
  }
  return undefined;
}

/** Index after a quoted scalar that starts at `from` and closes on this line; undefined if it does not close. */
export function quotedEnd(line: string, from: number): number | undefined {
  const quote = line[from];
  for (let i = from + 1; i < line.length; i += 1) {
    if (quote === '"' && line[i] === '\\') i += 1;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i += 1;
      else return i + 1;
    }
  }
  return undefined;
}

/** True when only spaces and an optional comment follow `from`. */
export function restIsBlank(line: string, from: number): boolean {
  let i = from;
  while (line[i] === ' ') i += 1;
  return i === line.length || (line[i] === '#' && (i === 0 || line[i - 1] === ' '));
}

// Finds a string an RE2 pattern fully matches (R3.2.3, R3.3.1): simple candidates derived from the pattern,
// each verified with a real RE2 full match. Returns null when none is found.
import { regexFullMatch } from '../../routing/match/index.js';

const ESCAPED_DOT = '\u0000';

/** A readable guess: anchors dropped, groups reduced to their first alternative, classes to one character. */
function simplify(pattern: string, fill: string): string {
  let s = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?[a-zA-Z]+\)/g, '');
  s = s.replace(/\\\./g, ESCAPED_DOT);
  for (let i = 0; i < 4; i++) s = s.replace(/\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)/g, '$1');
  s = s.split('|')[0] ?? '';
  s = s.replace(/\[\^[^\]]*\]([+*?]|\{[^}]*\})?/g, fill);
  s = s.replace(/\[\\?([^\]])[^\]]*\]([+*?]|\{[^}]*\})?/g, '$1');
  s = s.replace(/\\d([+*?]|\{[^}]*\})?/g, '1').replace(/\\w([+*?]|\{[^}]*\})?/g, 'x').replace(/\\s([+*?]|\{[^}]*\})?/g, ' ');
  s = s.replace(/\.([+*?]|\{[^}]*\})?/g, fill);
  s = s.replace(/([^\\])\{\d+(,\d*)?\}/g, '$1').replace(/([^\\])[+*?]/g, '$1');
  s = s.replace(/\\(.)/g, '$1');
  return s.split(ESCAPED_DOT).join('.');
}

export function regexSample(pattern: string, fallbacks: readonly string[] = []): string | null {
  const candidates = [simplify(pattern, 'x'), simplify(pattern, ''), simplify(pattern, '1'), ...fallbacks];
  for (const candidate of candidates) {
    const test = regexFullMatch(pattern, candidate);
    if (!test.ok) return null;
    if (test.matched) return candidate;
  }
  return null;
}

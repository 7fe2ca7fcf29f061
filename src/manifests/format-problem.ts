import type { ManifestProblem } from './types.js';

/** `file:line:column: Kind ns/name: fieldPath: message`; parts that are unknown are left out. */
export function formatProblem(p: ManifestProblem): string {
  const position = [p.file, p.line, p.line === null ? null : p.column].filter((x) => x !== null && x !== '').join(':');
  const parts = [position, p.object, p.fieldPath || null, p.message].filter((x): x is string => typeof x === 'string' && x !== '');
  return parts.join(': ');
}

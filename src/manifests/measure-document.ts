import type { PathSegment } from './field-path.js';

export type MeasureFailure =
  | { code: 'alias-limit'; message: string; path: PathSegment[] }
  | { code: 'string-too-long'; message: string; path: PathSegment[] };

export interface MeasureLimits { maxAliasCount: number; maxStringLength: number; maxExpandedBytes: number }

interface Size { aliases: number; bytes: number }

class Stop extends Error {
  constructor(readonly failure: MeasureFailure) {
    super(failure.message);
  }
}

/**
 * Walks a parsed document once per distinct node (aliases share nodes, js-yaml never copies them),
 * computing how many aliases and (at least) how many bytes the document would have once expanded;
 * without aliases that is never more than its source. A "billion laughs"
 * document stops here after a few dozen nodes instead of being expanded. Also finds over-long strings.
 */
export function measureDocument(value: unknown, limits: MeasureLimits): MeasureFailure | undefined {
  const sizes = new Map<object, Size>();
  const path: PathSegment[] = [];
  const visit = (node: unknown): Size => {
    if (typeof node === 'string') {
      if (node.length > limits.maxStringLength) {
        throw new Stop({
          code: 'string-too-long',
          message: `string of ${node.length} characters is longer than the limit of ${limits.maxStringLength}`,
          path: [...path],
        });
      }
      return { aliases: 0, bytes: node.length };
    }
    if (node === null || typeof node !== 'object') return { aliases: 0, bytes: 1 };
    const total: Size = { aliases: 0, bytes: 1 };
    for (const [key, child] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
      path.push(key);
      if (typeof key === 'string' && key.length > limits.maxStringLength) {
        throw new Stop({ code: 'string-too-long', message: `key longer than the limit of ${limits.maxStringLength}`, path: [...path] });
      }
      const shared = child !== null && typeof child === 'object' ? sizes.get(child) : undefined;
      const size = shared ?? visit(child);
      if (!shared && child !== null && typeof child === 'object') sizes.set(child, size);
      total.aliases += size.aliases + (shared ? 1 : 0);
      total.bytes += size.bytes + (typeof key === 'string' ? key.length + 1 : 1);
      checkExpansion(total, limits, path);
      path.pop();
    }
    return total;
  };
  try {
    visit(value);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.failure;
    throw error;
  }
}

function checkExpansion(total: Size, limits: MeasureLimits, path: PathSegment[]): void {
  if (total.aliases > limits.maxAliasCount) {
    throw new Stop({
      code: 'alias-limit',
      message: `YAML aliases expand to more than ${limits.maxAliasCount} references; refused without expanding them`,
      path: [...path],
    });
  }
  if (total.bytes > limits.maxExpandedBytes) {
    throw new Stop({
      code: 'alias-limit',
      message: `YAML aliases expand the document to more than ${limits.maxExpandedBytes} bytes; refused without expanding them`,
      path: [...path],
    });
  }
}

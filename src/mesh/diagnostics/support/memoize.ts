// Per-index memo: revisions are immutable, so a value derived from one MeshIndex object stays valid (still pure).
// runRule hands each rule a recording proxy (a memo then lives for that run and records the kinds that rule reads);
// runDiagnostics hands every rule the index itself, so the rules share the memos.
import type { MeshIndex } from '../../index/types.js';

export function memoize<T>(compute: (index: MeshIndex) => T): (index: MeshIndex) => T {
  const cache = new WeakMap<MeshIndex, T>();
  return (index) => {
    if (cache.has(index)) return cache.get(index) as T;
    const value = compute(index);
    cache.set(index, value);
    return value;
  };
}

const positions = new WeakMap<readonly object[], Map<object, number>>();

/** `some` (duplicates dropped) in the order of `all`, e.g. `index.virtualServices`; positions memoized per list. */
export function inSetOrder<T extends object>(all: readonly T[], some: Iterable<T>): T[] {
  let order = positions.get(all);
  if (!order) positions.set(all, (order = new Map(all.map((item, i) => [item, i]))));
  const known = order;
  return [...new Set(some)].sort((a, b) => (known.get(a) ?? all.length) - (known.get(b) ?? all.length));
}

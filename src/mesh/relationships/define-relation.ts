// Builds a Relation from per-source edges: edgesFrom is memoized per index and source; edgesTo asks the relation
// for candidate sources (a superset, from index lookups) and keeps their edges that arrive at the node, in source order.
import type { MeshIndex } from '../index/types.js';
import type { Relation, RelationEdge, RelationNode } from './relation.js';

export interface RelationParts<S extends object> {
  name: string;
  description: string;
  /** Every source object of the relation, in index order. */
  sources(index: MeshIndex): readonly S[];
  /** The source object a node stands for, if the node is one. */
  sourceOf(index: MeshIndex, node: RelationNode): S | undefined;
  edgesOf(index: MeshIndex, source: S): RelationEdge[];
  /** Sources that may have an edge to `node`; may include sources that do not. */
  candidates(index: MeshIndex, node: RelationNode): Iterable<S>;
}

interface PerIndex<S> { edges: Map<S, RelationEdge[]>; positions?: Map<S, number> }

export function defineRelation<S extends object>(parts: RelationParts<S>): Relation {
  const cache = new WeakMap<MeshIndex, PerIndex<S>>();
  const perIndex = (index: MeshIndex): PerIndex<S> => {
    let found = cache.get(index);
    if (!found) cache.set(index, (found = { edges: new Map() }));
    return found;
  };
  const edgesOf = (index: MeshIndex, source: S): RelationEdge[] => {
    const memo = perIndex(index).edges;
    let found = memo.get(source);
    if (!found) memo.set(source, (found = parts.edgesOf(index, source)));
    return found;
  };
  const position = (index: MeshIndex, source: S): number => {
    const memo = perIndex(index);
    memo.positions ??= new Map(parts.sources(index).map((s, i) => [s, i]));
    return memo.positions.get(source) ?? Number.MAX_SAFE_INTEGER;
  };
  return Object.freeze({
    name: parts.name,
    description: parts.description,
    edges: (index: MeshIndex) => parts.sources(index).flatMap((s) => edgesOf(index, s)),
    edgesFrom(index: MeshIndex, node: RelationNode) {
      const source = parts.sourceOf(index, node);
      return source ? edgesOf(index, source) : [];
    },
    edgesTo(index: MeshIndex, node: RelationNode) {
      const sources = [...new Set(parts.candidates(index, node))].sort((a, b) => position(index, a) - position(index, b));
      return sources.flatMap((s) => edgesOf(index, s).filter((e) => e.to.id === node.id));
    },
  });
}

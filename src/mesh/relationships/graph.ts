// buildRelationshipGraph: every relation's edges (memoized per index), walked `depth` hops both ways from one
// object. Citations are resolved to lines only for the nodes and edges returned.
import type { MeshIndex } from '../index/types.js';
import {
  nodeId, podNode, resourceNode, toGraphEdge, toGraphNode, type Relation, type RelationEdge, type RelationNode, type RelationshipGraph,
} from './relation.js';
import { lookups } from './index-lookups.js';

export interface GraphQuery { kind: string; namespace: string | null; name: string; depth?: number }

interface EdgeIndex { nodes: Map<string, RelationNode>; adjacent: Map<string, RelationEdge[]> }

const cache = new WeakMap<MeshIndex, Map<readonly Relation[], EdgeIndex>>();

function buildEdgeIndex(index: MeshIndex, relations: readonly Relation[]): EdgeIndex {
  const nodes = new Map<string, RelationNode>();
  const adjacent = new Map<string, RelationEdge[]>();
  const link = (id: string, e: RelationEdge) => (adjacent.get(id) ?? adjacent.set(id, []).get(id)!).push(e);
  for (const relation of relations) {
    for (const e of relation.edges(index)) {
      for (const node of [e.from, e.to]) if (!nodes.has(node.id) || (node.cite && !nodes.get(node.id)!.cite)) nodes.set(node.id, node);
      link(e.from.id, e);
      if (e.to.id !== e.from.id) link(e.to.id, e);
    }
  }
  return { nodes, adjacent };
}

function edgeIndexOf(index: MeshIndex, relations: readonly Relation[]): EdgeIndex {
  let perRelations = cache.get(index);
  if (!perRelations) cache.set(index, (perRelations = new Map()));
  let built = perRelations.get(relations);
  if (!built) perRelations.set(relations, (built = buildEdgeIndex(index, relations)));
  return built;
}

function startNode(index: MeshIndex, edges: EdgeIndex, query: GraphQuery): RelationNode | undefined {
  const known = edges.nodes.get(nodeId(query.kind, query.namespace, query.name));
  if (known) return known;
  const resource = index.get(query.kind, query.namespace, query.name);
  if (resource) return resourceNode(resource);
  const pod = query.kind === 'Pod' && query.namespace ? lookups(index).pod(query.namespace, query.name) : undefined;
  return pod ? podNode(pod) : undefined;
}

/**
 * The objects within `depth` hops (default 2) of one object, following edges in both directions. An object that
 * does not exist yields an empty graph (no nodes), for the adapters to report as not found.
 */
export function buildGraph(index: MeshIndex, query: GraphQuery, relations: readonly Relation[]): RelationshipGraph {
  const edges = edgeIndexOf(index, relations);
  const start = startNode(index, edges, query);
  if (!start) return { nodes: [], edges: [] };
  const depth = Math.max(0, Math.floor(query.depth ?? 2));
  const nodes = new Map<string, RelationNode>([[start.id, start]]);
  const taken = new Set<RelationEdge>();
  let frontier = [start.id];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of edges.adjacent.get(id) ?? []) {
        taken.add(e);
        const other = e.from.id === id ? e.to.id : e.from.id;
        if (!nodes.has(other)) {
          nodes.set(other, edges.nodes.get(other)!);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()].map((n) => toGraphNode(index, n)), edges: [...taken].map((e) => toGraphEdge(index, e)) };
}

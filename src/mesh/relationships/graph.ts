// buildRelationshipGraph: walks `depth` hops both ways from one object, asking each relation only for the edges of
// the nodes it reaches (edgesFrom/edgesTo, memoized per index). Citations are resolved only for what is returned.
import type { MeshIndex } from '../index/types.js';
import {
  missingNode, podNode, resourceNode, toGraphEdge, toGraphNode, type Relation, type RelationEdge, type RelationNode, type RelationshipGraph,
} from './relation.js';

export interface GraphQuery { kind: string; namespace: string | null; name: string; depth?: number }

/** Edges touching `node`, relation by relation: the ones leaving it, then the ones arriving from elsewhere. */
function adjacent(index: MeshIndex, relations: readonly Relation[], node: RelationNode): RelationEdge[] {
  const out: RelationEdge[] = [];
  for (const relation of relations) {
    out.push(...relation.edgesFrom(index, node));
    for (const e of relation.edgesTo(index, node)) if (e.from.id !== node.id) out.push(e);
  }
  return out;
}

/** An object of the set, or a MISSING target that some edge points at; undefined when neither. */
function startNode(index: MeshIndex, relations: readonly Relation[], query: GraphQuery): RelationNode | undefined {
  const resource = index.get(query.kind, query.namespace, query.name);
  if (resource) return resourceNode(resource);
  const pod = query.kind === 'Pod' && query.namespace ? index.pod(query.namespace, query.name) : undefined;
  if (pod) return podNode(pod);
  const missing = missingNode(query.kind, query.namespace, query.name);
  return relations.some((r) => r.edgesTo(index, missing).length > 0) ? missing : undefined;
}

/**
 * The objects within `depth` hops (default 2) of one object, following edges in both directions. An object that
 * does not exist yields an empty graph (no nodes), for the adapters to report as not found.
 */
export function buildGraph(index: MeshIndex, query: GraphQuery, relations: readonly Relation[]): RelationshipGraph {
  const start = startNode(index, relations, query);
  if (!start) return { nodes: [], edges: [] };
  const depth = Math.max(0, Math.floor(query.depth ?? 2));
  const nodes = new Map<string, RelationNode>([[start.id, start]]);
  const taken = new Set<RelationEdge>();
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: RelationNode[] = [];
    for (const node of frontier) {
      for (const e of adjacent(index, relations, node)) {
        taken.add(e);
        const other = e.from.id === node.id ? e.to : e.from;
        const known = nodes.get(other.id);
        if (!known) {
          nodes.set(other.id, other);
          next.push(other);
        } else if (!known.cite && other.cite) {
          nodes.set(other.id, other); // a cited node wins over a MISSING placeholder with the same id
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()].map((n) => toGraphNode(index, n)), edges: [...taken].map((e) => toGraphEdge(index, e)) };
}

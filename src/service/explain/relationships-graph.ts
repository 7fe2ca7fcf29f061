import { AppError } from '../../errors.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import { buildRelationshipGraph, renderGraphMermaid, type RelationshipGraph } from '../../mesh/relationships/index.js';

export interface RelationshipsQuery {
  kind: string;
  namespace?: string | null;
  name: string;
  depth?: number | null;
}

export interface RelationshipsAnswer extends RelationshipGraph {
  summary: string;
  mermaid: string;
}

export const MAX_GRAPH_DEPTH = 6;

const GRAPH_KINDS = ['Service', 'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'VirtualService',
  'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'EndpointSlice', 'Endpoints'];

/** The objects around one object (what selects it, routes to it, ...), MISSING edges included, plus Mermaid. */
export function relationshipsGraph(index: MeshIndex, query: RelationshipsQuery): RelationshipsAnswer {
  const kind = canonicalKind(query.kind);
  const namespace = query.namespace || 'default';
  const depth = query.depth ?? 2;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_GRAPH_DEPTH) {
    throw new AppError('BAD_INPUT', `depth: expected a whole number from 0 to ${MAX_GRAPH_DEPTH}, got ${depth}`);
  }
  const graph = buildRelationshipGraph(index, { kind, namespace, name: query.name, depth });
  if (graph.nodes.length === 0) throw notFound(index, kind, namespace, query.name);
  const missing = graph.edges.filter((e) => e.status === 'MISSING').length;
  const summary = `${kind} ${namespace}/${query.name}: ${graph.nodes.length - 1} related object${graph.nodes.length === 2 ? '' : 's'} within ${depth} hop${depth === 1 ? '' : 's'}, ${graph.edges.length} edge${graph.edges.length === 1 ? '' : 's'}${missing > 0 ? ` (${missing} MISSING)` : ''}.`;
  return { ...graph, summary, mermaid: renderGraphMermaid(graph) };
}

export function canonicalKind(kind: string): string {
  const found = GRAPH_KINDS.find((k) => k.toLowerCase() === kind.trim().toLowerCase());
  if (!found) throw new AppError('BAD_INPUT', `kind: unknown kind "${kind}"; expected one of ${GRAPH_KINDS.join(', ')}`);
  return found;
}

function notFound(index: MeshIndex, kind: string, namespace: string, name: string): AppError {
  const names = kind === 'Pod'
    ? index.pods.filter((p) => p.namespace === namespace).map((p) => p.name)
    : index.byKind(kind).filter((r) => r.namespace === namespace).map((r) => r.name);
  const hint = names.length > 0 ? ` ${kind}s in ${namespace}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', ...' : ''}.` : ` There is no ${kind} in namespace ${namespace}.`;
  return new AppError('NOT_FOUND', `${kind} ${namespace}/${name} is not in the manifest set.${hint}`);
}

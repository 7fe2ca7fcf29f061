// Shapes shared by every relation: nodes and edges (OK or MISSING with a reason) and the Relation type.
// Relations cite lazily ({resource, field}); the graph turns citations into SourceRefs only for what it returns.
import { DEFAULT_DOMAIN_SUFFIX, type Resource, type SourceRef } from '../model.js';
import type { MeshIndex, PodInfo } from '../index/types.js';

export interface GraphNode {
  /** `Kind/namespace/name` (namespace empty for cluster-scoped or unknown), e.g. `Service/default/reviews`. */
  id: string;
  kind: string;
  namespace: string | null;
  name: string;
  source: SourceRef | null;
}

export type EdgeStatus = 'OK' | 'MISSING';

export interface GraphEdge {
  from: string;
  to: string;
  /** The relation's edge kind, e.g. `selects`, `routes-to`. */
  kind: string;
  status: EdgeStatus;
  reason: string | null;
  source: SourceRef | null;
}

export interface RelationshipGraph { nodes: GraphNode[]; edges: GraphEdge[] }

/** A field of a resource to cite, resolved to a SourceRef with `index.cite` when needed. */
export interface Citation { resource: Resource; field: string }

export interface RelationNode { id: string; kind: string; namespace: string | null; name: string; cite: Citation | null }

/** An edge with its end nodes, as a relation produces it. */
export interface RelationEdge { from: RelationNode; to: RelationNode; kind: string; status: EdgeStatus; reason: string | null; cite: Citation | null }

export interface Relation {
  /** kebab-case, the file name. */
  name: string;
  description: string;
  /** Every edge of this relation in the index (the whole set: slow on a large mesh; the graph does not use it). */
  edges(index: MeshIndex): RelationEdge[];
  /** Edges leaving `node`, computed on demand and memoized per index (the same objects on every call). */
  edgesFrom(index: MeshIndex, node: RelationNode): readonly RelationEdge[];
  /** Edges arriving at `node` (an existing object or a MISSING target), found through index lookups and lazy reverse maps. */
  edgesTo(index: MeshIndex, node: RelationNode): readonly RelationEdge[];
}

export function nodeId(kind: string, namespace: string | null, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

export function citation(resource: Resource, field: string): Citation {
  return { resource, field };
}

export function resourceNode(resource: Resource): RelationNode {
  return { id: nodeId(resource.kind, resource.namespace, resource.name), kind: resource.kind, namespace: resource.namespace, name: resource.name, cite: citation(resource, '') };
}

export function podNode(pod: PodInfo): RelationNode {
  return { id: nodeId('Pod', pod.namespace, pod.name), kind: 'Pod', namespace: pod.namespace, name: pod.name, cite: citation(pod.resource, pod.templatePath) };
}

/** A target that does not exist: a node with the kind best known and nothing to cite. */
export function missingNode(kind: string, namespace: string | null, name: string): RelationNode {
  return { id: nodeId(kind, namespace, name), kind, namespace, name, cite: null };
}

/** The host a hostNode was made from (Service nodes: `name.ns.svc.<suffix>`), or null for other nodes. */
export function hostOfNode(node: RelationNode, domainSuffix = DEFAULT_DOMAIN_SUFFIX): string | null {
  if (node.kind === 'Host') return node.name;
  return node.kind === 'Service' && node.namespace ? `${node.name}.${node.namespace}.svc.${domainSuffix}` : null;
}

/** `name.ns.svc.<suffix>` names a Service node; anything else is a plain `Host` node. */
export function hostNode(host: string, domainSuffix = DEFAULT_DOMAIN_SUFFIX): RelationNode {
  const tail = `.svc.${domainSuffix}`;
  if (host.endsWith(tail)) {
    const parts = host.slice(0, -tail.length).split('.');
    if (parts.length === 2) return missingNode('Service', parts[1], parts[0]);
  }
  return missingNode('Host', null, host);
}

export function edge(from: RelationNode, to: RelationNode, kind: string, status: EdgeStatus, reason: string | null, cite: Citation | null): RelationEdge {
  return { from, to, kind, status, reason, cite };
}

export function toGraphNode(index: MeshIndex, node: RelationNode): GraphNode {
  return { id: node.id, kind: node.kind, namespace: node.namespace, name: node.name, source: node.cite ? index.cite(node.cite.resource, node.cite.field) : null };
}

export function toGraphEdge(index: MeshIndex, e: RelationEdge): GraphEdge {
  return { from: e.from.id, to: e.to.id, kind: e.kind, status: e.status, reason: e.reason, source: e.cite ? index.cite(e.cite.resource, e.cite.field) : null };
}

import type { SourceRef } from '../../mesh/model.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import type { JsonObject, Labels } from '../../mesh/model.js';
import { analyze } from './analyze.js';
import { canonicalKind, relationshipsGraph } from './relationships-graph.js';

export interface DescribeResourceQuery { kind: string; namespace?: string | null; name: string }

export interface RelatedObject {
  /** `out`: this object points at the other (routes-to, selects...); `in`: the other points at this one. */
  direction: 'out' | 'in';
  relation: string;
  status: 'OK' | 'MISSING';
  reason: string | null;
  other: { kind: string; namespace: string | null; name: string };
  source: SourceRef | null;
}

export interface ResourceDescription {
  summary: string;
  resource: { kind: string; namespace: string | null; name: string; apiVersion: string | null; labels: Labels; source: SourceRef | null };
  /** The object as uploaded (secrets redacted at upload); null for a Pod implied by a workload template. */
  object: JsonObject | null;
  related: RelatedObject[];
  findings: { code: string; severity: string; message: string; source: SourceRef }[];
}

/** One object: where it is written, its YAML as data, what it is related to (one hop), and its findings. */
export function describeResource(index: MeshIndex, query: DescribeResourceQuery): ResourceDescription {
  const kind = canonicalKind(query.kind);
  const namespace = query.namespace || 'default';
  const graph = relationshipsGraph(index, { kind, namespace, name: query.name, depth: 1 });
  const selfId = `${kind}/${namespace}/${query.name}`;
  const self = graph.nodes.find((n) => n.id === selfId) ?? graph.nodes[0];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const related: RelatedObject[] = graph.edges.map((e) => {
    const out = e.from === self.id;
    const other = nodes.get(out ? e.to : e.from);
    return {
      direction: out ? 'out' : 'in', relation: e.kind, status: e.status, reason: e.reason,
      other: { kind: other?.kind ?? 'Unknown', namespace: other?.namespace ?? null, name: other?.name ?? (out ? e.to : e.from) },
      source: e.source,
    };
  });
  const resource = index.get(kind, namespace, query.name);
  const findings = analyze(index).findings
    .filter((f) => f.resource.kind === kind && f.resource.namespace === namespace && f.resource.name === query.name)
    .map((f) => ({ code: f.code, severity: f.severity, message: f.message, source: f.source }));
  const where = self.source ? ` (${self.source.file}:${self.source.line})` : '';
  const missing = related.filter((r) => r.status === 'MISSING').length;
  return {
    summary: `${kind} ${namespace}/${query.name}${where} has ${related.length} direct relationship${related.length === 1 ? '' : 's'}${missing ? `, ${missing} of them MISSING` : ''}, and ${findings.length} finding${findings.length === 1 ? '' : 's'}.`,
    resource: { kind, namespace, name: query.name, apiVersion: resource?.apiVersion ?? null, labels: resource?.labels ?? {}, source: self.source },
    object: resource?.object ?? null,
    related,
    findings,
  };
}

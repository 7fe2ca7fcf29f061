// Test-only loader: YAML text -> Resource objects plus a FieldLocator, so diagnostics tests do not depend on
// the upload pipeline (which refuses some fixtures on purpose). Also records which documents named a namespace.
import { LineCounter, parseAllDocuments, isMap, isSeq, type Node } from 'yaml';
import { asObject, asStringMap, type FieldLocator, type JsonObject, type Resource } from '../../../../src/mesh/model.js';

const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'GatewayClass']);

export interface LoadedYaml {
  resources: Resource[];
  locate: FieldLocator;
  /** resources whose document did not write metadata.namespace (istio analyzers then print `Kind name`). */
  namespaceOmitted: Set<Resource>;
}

interface Source { text: string; file: string }

export function parseFieldPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let pos = 0;
  while (pos < path.length) {
    token.lastIndex = pos;
    const m = token.exec(path);
    if (!m) return segments;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3] ?? '""') as string);
    pos = token.lastIndex;
  }
  return segments;
}

export function loadYaml(sources: Source[] | string, defaultNamespace = 'default'): LoadedYaml {
  const list = typeof sources === 'string' ? [{ text: sources, file: 'inline.yaml' }] : sources;
  const resources: Resource[] = [];
  const nodes = new Map<Resource, { node: Node; counter: LineCounter }>();
  const namespaceOmitted = new Set<Resource>();
  for (const { text, file } of list) {
    const counter = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: counter });
    const docArray = Array.isArray(docs) ? docs : [docs];
    docArray.forEach((doc, docIndex) => {
      const json = asObject(doc.toJS());
      if (!json || !doc.contents) return;
      const items: { obj: JsonObject; node: Node }[] = [];
      if (json.kind === 'List' && isMap(doc.contents)) {
        const seq = doc.contents.get('items', true);
        if (isSeq(seq)) seq.items.forEach((n, i) => {
          const o = asObject((json.items as unknown[])[i]);
          if (o) items.push({ obj: o, node: n as Node });
        });
      } else items.push({ obj: json, node: doc.contents as Node });
      for (const { obj, node } of items) {
        if (typeof obj.kind !== 'string') continue;
        const meta = asObject(obj.metadata) ?? {};
        const written = typeof meta.namespace === 'string' ? meta.namespace : null;
        const line = counter.linePos(node.range?.[0] ?? 0);
        const resource: Resource = {
          apiVersion: typeof obj.apiVersion === 'string' ? obj.apiVersion : '',
          kind: obj.kind,
          namespace: CLUSTER_SCOPED.has(obj.kind) ? null : (written ?? defaultNamespace),
          name: typeof meta.name === 'string' ? meta.name : '',
          labels: asStringMap(meta.labels),
          annotations: asStringMap(meta.annotations),
          creationTimestamp: typeof meta.creationTimestamp === 'string' ? meta.creationTimestamp : null,
          object: obj,
          source: { file, docIndex, line: line.line, column: line.col },
        };
        if (written === null && !CLUSTER_SCOPED.has(obj.kind)) namespaceOmitted.add(resource);
        resources.push(resource);
        nodes.set(resource, { node, counter });
      }
    });
  }
  const locate: FieldLocator = (resource, fieldPath) => {
    const entry = nodes.get(resource);
    if (!entry) return undefined;
    let cur: unknown = entry.node;
    for (const seg of parseFieldPath(fieldPath)) {
      if (isMap(cur)) cur = cur.get(seg, true);
      else if (isSeq(cur) && typeof seg === 'number') cur = cur.items[seg];
      else return undefined;
      if (cur === undefined || cur === null) return undefined;
    }
    const range = (cur as Node).range;
    if (!range) return undefined;
    const pos = entry.counter.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
  return { resources, locate, namespaceOmitted };
}

// A relationship graph as a Mermaid flowchart: MISSING edges dashed and labelled with their reason; targets that
// do not exist drawn dashed.
import type { RelationshipGraph } from './relation.js';

function text(value: string): string {
  return value.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;')).replace(/\|/g, '#124;').replace(/\n/g, ' ');
}

export function renderGraphMermaid(graph: RelationshipGraph): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) {
    const where = node.namespace ? `${node.namespace}/${node.name}` : node.name;
    lines.push(`  ${ids.get(node.id)}["${text(`${node.kind}: ${where}`)}"]`);
  }
  for (const e of graph.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    if (e.status === 'MISSING') lines.push(`  ${from} -.->|"${text(`MISSING ${e.kind}: ${e.reason ?? ''}`)}"| ${to}`);
    else lines.push(`  ${from} -->|"${text(e.kind)}"| ${to}`);
  }
  const targets = new Set(graph.edges.filter((e) => e.status === 'MISSING').map((e) => e.to));
  const missing = graph.nodes.filter((n) => n.source === null && targets.has(n.id)).map((n) => ids.get(n.id));
  if (missing.length > 0) {
    lines.push('  classDef missing stroke-dasharray: 5 5,stroke:#c00');
    lines.push(`  class ${missing.join(',')} missing`);
  }
  return `${lines.join('\n')}\n`;
}

import { z } from 'zod';
import { relationshipsGraph } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';
import { setInput, sourceRefOutput } from '../set-input.js';

export const relationshipsTool = defineTool({
  name: 'relationships',
  title: 'What is related to this object',
  description: [
    'The graph around one object of a manifest set: which Pods a Service selects (and on which targetPort), which VirtualServices route to it,',
    'which DestinationRule subsets select which Pods, which Gateways a VirtualService is bound to, which workload owns a Pod.',
    'Broken links are edges with status MISSING and a reason (e.g. a subset no DestinationRule defines). Returns nodes, edges and a Mermaid flowchart.',
    'Example input: {"set": "bookinfo", "kind": "Service", "namespace": "default", "name": "reviews", "depth": 1}',
  ].join(' '),
  inputSchema: {
    ...setInput,
    kind: z.string().min(1).describe('Service, Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar, EndpointSlice'),
    namespace: z.string().min(1).optional().describe('Default "default"'),
    name: z.string().min(1),
    depth: z.number().int().min(0).max(6).optional().describe('Hops in both directions, default 2'),
  },
  outputSchema: {
    summary: z.string(),
    nodes: z.array(z.object({ id: z.string(), kind: z.string(), namespace: z.string().nullable(), name: z.string(), source: sourceRefOutput.nullable() })),
    edges: z.array(z.object({ from: z.string(), to: z.string(), kind: z.string(), status: z.enum(['OK', 'MISSING']), reason: z.string().nullable(), source: sourceRefOutput.nullable() })),
    mermaid: z.string(),
  },
  readOnly: true,
  async answer(input, deps) {
    const { index } = await deps.loadIndex(input.set, input.revision);
    const graph = relationshipsGraph(index, { kind: input.kind, namespace: input.namespace, name: input.name, depth: input.depth });
    const names = new Map(graph.nodes.map((n) => [n.id, `${n.kind} ${n.namespace ? `${n.namespace}/` : ''}${n.name}`]));
    const lines = graph.edges.map((e) => {
      const at = e.source ? ` (\`${e.source.file}:${e.source.line}\`)` : '';
      return `- ${names.get(e.from) ?? e.from} **${e.kind}** ${names.get(e.to) ?? e.to}${e.status === 'MISSING' ? ` — MISSING: ${e.reason ?? ''}` : ''}${at}`;
    });
    return { summary: graph.summary, markdown: `${lines.join('\n')}\n\n\`\`\`mermaid\n${graph.mermaid.trimEnd()}\n\`\`\``, structured: graph };
  },
});

import { z } from 'zod';
import { compareDifferences } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';

const side = z.object({ value: z.string(), explanation: z.string(), rules: z.array(z.string()), docUrl: z.string() });

export const differencesTool = defineTool({
  name: 'differences',
  title: 'How a Kubernetes/Istio kind differs from another',
  description: [
    'Explains how one kind differs from another (default: Kubernetes Service), on fixed dimensions: purpose, OSI layer, who enforces it,',
    'how targets are chosen, traffic management, what happens when nothing matches, scope and visibility, how the two depend on each other, typical mistakes;',
    'each with a link to the official docs. Kinds: Service, VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar, EndpointSlice, Ingress, HTTPRoute.',
    'With `set` and `host`, also compares for that host what the Service alone does (kube-proxy, equal share over ready Pods) with what the mesh does, request by request.',
    'Example input: {"kind": "VirtualService"} or {"kind": "VirtualService", "set": "bookinfo", "host": "reviews"}',
  ].join(' '),
  inputSchema: {
    kind: z.string().min(1).describe('e.g. "VirtualService"'),
    versus: z.string().min(1).optional().describe('Default "Service"'),
    set: z.string().min(1).optional().describe('Manifest set for the concrete comparison (with host)'),
    revision: z.number().int().min(1).optional(),
    host: z.string().min(1).optional().describe('Service host of the set: short name, name.namespace or FQDN'),
    namespace: z.string().min(1).optional().describe('Namespace of a short host, default "default"'),
  },
  outputSchema: {
    summary: z.string(),
    general: z.object({
      kind: z.string(), versus: z.string(), kindName: z.string(), versusName: z.string(),
      dimensions: z.array(z.object({ id: z.string(), title: z.string(), kind: side, versus: side, note: z.string().optional() })),
    }),
    concrete: z.object({ host: z.string(), namespace: z.string(), requests: z.array(z.object({ label: z.string(), samePods: z.boolean(), difference: z.string() })), notes: z.array(z.string()) }).nullable(),
  },
  readOnly: true,
  async answer(input, deps) {
    const index = input.set ? (await deps.loadIndex(input.set, input.revision)).index : null;
    const answer = compareDifferences({ kind: input.kind, versus: input.versus, host: input.host, namespace: input.namespace }, index);
    return { summary: answer.summary, markdown: answer.markdown.trim(), structured: { summary: answer.summary, general: answer.general, concrete: answer.concrete } };
  },
});

import { z } from 'zod';
import { describeResource } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';
import { setInput, sourceRefOutput } from '../set-input.js';

const otherRef = z.object({ kind: z.string(), namespace: z.string().nullable(), name: z.string() });

export const describeResourceTool = defineTool({
  name: 'describe_resource',
  title: 'Describe one object',
  description: [
    'One object of a manifest set: the file and line it is written at, its YAML as data (secrets redacted), its direct relationships',
    '(what it selects or routes to, what selects or routes to it, MISSING links with the reason), and the diagnostics findings on it.',
    'Use it to quote the exact configuration behind an answer of route_path or diagnostics.',
    'Example input: {"set": "bookinfo", "kind": "VirtualService", "namespace": "default", "name": "reviews"}',
  ].join(' '),
  inputSchema: {
    ...setInput,
    kind: z.string().min(1).describe('e.g. VirtualService, Service, DestinationRule, Gateway, Pod, Deployment'),
    namespace: z.string().min(1).optional().describe('Default "default"'),
    name: z.string().min(1),
  },
  outputSchema: {
    summary: z.string(),
    resource: z.object({ kind: z.string(), namespace: z.string().nullable(), name: z.string(), apiVersion: z.string().nullable(), labels: z.record(z.string(), z.string()), source: sourceRefOutput.nullable() }),
    object: z.record(z.string(), z.unknown()).nullable(),
    related: z.array(z.object({ direction: z.enum(['out', 'in']), relation: z.string(), status: z.enum(['OK', 'MISSING']), reason: z.string().nullable(), other: otherRef, source: sourceRefOutput.nullable() })),
    findings: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string(), source: sourceRefOutput })),
  },
  readOnly: true,
  async answer(input, deps) {
    const { index } = await deps.loadIndex(input.set, input.revision);
    const description = describeResource(index, input);
    const related = description.related.map((r) => {
      const other = `${r.other.kind} ${r.other.namespace ? `${r.other.namespace}/` : ''}${r.other.name}`;
      const at = r.source ? ` (\`${r.source.file}:${r.source.line}\`)` : '';
      return `- ${r.direction === 'out' ? `${r.relation} →` : `← ${r.relation}`} ${other}${r.status === 'MISSING' ? ` — MISSING: ${r.reason ?? ''}` : ''}${at}`;
    });
    const findings = description.findings.map((f) => `- **${f.severity} ${f.code}** ${f.message} (\`${f.source.file}:${f.source.line}\`)`);
    const markdown = [
      related.length ? `Relationships:\n${related.join('\n')}` : 'No relationships.',
      findings.length ? `Findings:\n${findings.join('\n')}` : '',
      description.object ? `\`\`\`json\n${JSON.stringify(description.object, null, 2)}\n\`\`\`` : '',
    ].filter(Boolean).join('\n\n');
    return { summary: description.summary, markdown, structured: description };
  },
});

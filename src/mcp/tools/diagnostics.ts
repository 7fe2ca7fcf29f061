import { z } from 'zod';
import { analyze, renderFindingsMarkdown } from '../../service/explain/index.js';
import { defineTool } from '../define-tool.js';
import { resourceRefOutput, setInput, sourceRefOutput } from '../set-input.js';

const severity = z.enum(['error', 'warning', 'info']);

export const diagnosticsTool = defineTool({
  name: 'diagnostics',
  title: 'Diagnostics of a manifest set',
  description: [
    'Finds what in a manifest set is broken or has no effect: VirtualService hosts or subsets that do not exist (503 NC),',
    'subsets or Services selecting no Pods (503 UH), routes shadowed by an earlier catch-all, gateways that do not exist, and more.',
    'Each finding has a stable MX code, severity, the file:line of the offending field, the symptom users see, the fix, and the equivalent istioctl analyze / Kiali code.',
    'Example input: {"set": "bookinfo", "minSeverity": "warning"}',
  ].join(' '),
  inputSchema: {
    ...setInput,
    minSeverity: severity.optional().describe('Only findings at least this severe (default info = all)'),
    codes: z.array(z.string()).optional().describe('Only these MX codes, e.g. ["MX0004"]'),
  },
  outputSchema: {
    summary: z.string(),
    counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
    findings: z.array(z.object({
      code: z.string(),
      name: z.string(),
      severity,
      message: z.string(),
      resource: resourceRefOutput,
      source: sourceRefOutput,
      fieldPath: z.string(),
      symptom: z.string(),
      fix: z.string(),
      istioCode: z.string().nullable(),
      kialiCode: z.string().nullable(),
    })),
  },
  readOnly: true,
  async answer(input, deps) {
    const { index } = await deps.loadIndex(input.set, input.revision);
    const result = analyze(index, { minSeverity: input.minSeverity, codes: input.codes });
    const findings = result.findings.map((f) => ({
      code: f.code, name: f.name, severity: f.severity, message: f.message, resource: f.resource, source: f.source,
      fieldPath: f.fieldPath, symptom: f.symptom, fix: f.fix, istioCode: f.istioCode, kialiCode: f.kialiCode,
    }));
    const markdown = renderFindingsMarkdown(result);
    return { summary: result.summary, markdown: markdown.slice(markdown.indexOf('\n') + 1).trim(), structured: { summary: result.summary, counts: result.counts, findings } };
  },
});

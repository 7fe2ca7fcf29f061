import type { Finding } from '../../mesh/diagnostics/types.js';
import type { AnalyzeResult } from './analyze.js';

/** `file:line: severity CODE Kind ns/name: message` + symptom and fix lines, then the summary. */
export function renderFindingsText(result: AnalyzeResult): string {
  const lines = result.findings.flatMap((f) => [
    `${where(f)}: ${f.severity} ${f.code} ${f.resource.kind} ${ref(f)}: ${f.message}`,
    `    symptom: ${f.symptom}`,
    `    fix: ${f.fix}${equivalents(f)}`,
  ]);
  lines.push(result.summary);
  return `${lines.join('\n')}\n`;
}

export function renderFindingsMarkdown(result: AnalyzeResult): string {
  const lines = [result.summary, ''];
  for (const f of result.findings) {
    lines.push(`- **${f.severity} ${f.code}** ${f.resource.kind} \`${ref(f)}\` (\`${where(f)}\`, field \`${f.fieldPath || '(object)'}\`): ${f.message}`);
    lines.push(`  Symptom: ${f.symptom}. Fix: ${f.fix}${equivalents(f)}`);
  }
  return `${lines.join('\n')}\n`;
}

function where(f: Finding): string {
  return `${f.source.file}:${f.source.line}`;
}

function ref(f: Finding): string {
  return f.resource.namespace ? `${f.resource.namespace}/${f.resource.name}` : f.resource.name;
}

function equivalents(f: Finding): string {
  const codes = [f.istioCode, f.kialiCode].filter((c): c is string => c !== null);
  return codes.length > 0 ? ` (istioctl/Kiali: ${codes.join(', ')})` : '';
}

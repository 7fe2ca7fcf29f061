// Plain-text renderings for chatbots and terminals.
import type { HostComparison } from './concrete/host-comparison-types.js';
import type { DimensionSide, Differences } from './types.js';

function rules(list: readonly string[] | undefined): string {
  return list && list.length > 0 ? ` [${list.join(', ')}]` : '';
}

function side(name: string, s: DimensionSide): string[] {
  const lines = [`  ${name}: ${s.value}. ${s.explanation}${rules(s.rules)} (${s.docUrl})`];
  for (const m of s.mistakes ?? []) lines.push(`    - ${m.mistake} Symptom: ${m.symptom}${rules(m.rules)}`);
  return lines;
}

export function renderDifferencesText(d: Differences): string {
  const lines = [`${d.kindName} vs ${d.versusName}`, ''];
  for (const dim of d.dimensions) {
    lines.push(`${dim.title}:`, ...side(d.kindName, dim.kind), ...side(d.versusName, dim.versus));
    if (dim.note) lines.push(`  Together: ${dim.note}${rules(dim.noteRules)}`);
    lines.push('');
  }
  if (d.pairNotes.length > 0) {
    lines.push('Notes:');
    for (const n of d.pairNotes) lines.push(`- ${n.title}: ${n.text}${rules(n.rules)}`);
    lines.push('');
  }
  lines.push(`${d.kindName} can also be compared with: ${d.comparableWith.join(', ')}.`);
  return lines.join('\n') + '\n';
}

export function renderHostComparisonText(c: HostComparison): string {
  const lines = [`${c.host} in namespace ${c.namespace}: Kubernetes Service vs mesh`, ''];
  if (c.service) {
    lines.push(`Service ${c.service.namespace}/${c.service.name} (${c.service.type}), selector ${JSON.stringify(c.service.selector ?? {})}:`);
    for (const p of c.service.ports) {
      lines.push(`  port ${p.port} -> targetPort ${p.targetPort} (${p.istioProtocol}): ${p.readyEndpoints} ready endpoint(s)${p.sharePercent !== null ? `, ${p.sharePercent}% each` : ''}`);
    }
  }
  for (const v of c.virtualServices) lines.push(`VirtualService ${v.namespace}/${v.name}: ${v.reason}`);
  for (const d of c.destinationRules) lines.push(`DestinationRule ${d.namespace}/${d.name}: ${d.reason}`);
  for (const g of c.gateways) lines.push(`Gateway ${g.namespace}/${g.name}: bound by ${g.virtualServices.join(', ')}`);
  for (const r of c.requests) {
    const q = r.request;
    lines.push('', `Request: ${r.label}`, `  ${q.method ?? 'GET'} ${q.host}:${q.port ?? ''}${q.path ?? '/'}${q.gateway ? ` via ${q.gateway}` : ''}`);
    for (const h of q.headers ?? []) lines.push(`  ${h.name}: ${h.value}`);
    lines.push(`  Kubernetes: ${r.kubernetes.summary}`, `  Mesh: ${r.mesh.summary}`, `  Difference: ${r.difference}`);
  }
  if (c.summary.length > 0) {
    lines.push('', 'How they differ:');
    for (const a of c.summary) lines.push(`- ${a.aspect}: Kubernetes: ${a.kubernetes} Mesh: ${a.mesh}`);
  }
  if (c.notes.length > 0) lines.push('', 'Notes:', ...c.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}

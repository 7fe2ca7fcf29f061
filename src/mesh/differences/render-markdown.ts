// Markdown renderings: a comparison table for the general comparison, side-by-side tables for a host.
import type { HostComparison, RequestComparison } from './concrete/host-comparison-types.js';
import type { DimensionSide, Differences } from './types.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rules(list: readonly string[] | undefined): string {
  return list && list.length > 0 ? ` (${list.join(', ')})` : '';
}

function sideCell(side: DimensionSide): string {
  const mistakes = side.mistakes?.map((m) => `${m.mistake} → ${m.symptom}`).join(' • ');
  const body = mistakes ? `${side.explanation} ${mistakes}` : side.explanation;
  return cell(`**${side.value}**: ${body}${rules(side.rules)} [docs](${side.docUrl})`);
}

export function renderDifferencesMarkdown(d: Differences): string {
  const lines = [
    `# ${d.kindName} vs ${d.versusName}`,
    '',
    `| Dimension | ${d.kindName} | ${d.versusName} | Together |`,
    '|---|---|---|---|',
    ...d.dimensions.map((dim) => `| ${dim.title} | ${sideCell(dim.kind)} | ${sideCell(dim.versus)} | ${cell(dim.note ?? '')}${rules(dim.noteRules)} |`),
  ];
  if (d.pairNotes.length > 0) {
    lines.push('', '## Notes', '');
    for (const n of d.pairNotes) lines.push(`- **${n.title}**: ${n.text}${rules(n.rules)}${n.docUrl ? ` [docs](${n.docUrl})` : ''}`);
  }
  lines.push('', `${d.kindName} can also be compared with: ${d.comparableWith.join(', ')}.`);
  return lines.join('\n') + '\n';
}

function requestCell(r: RequestComparison): string {
  const q = r.request;
  const headers = (q.headers ?? []).map((h) => `${h.name}: ${h.value}`).join(', ');
  const via = q.gateway ? ` via ${q.gateway}` : '';
  return cell(`${r.label}<br>\`${q.method ?? 'GET'} ${q.host}:${q.port ?? ''}${q.path ?? '/'}\`${headers ? ` (${headers})` : ''}${via}`);
}

function meshCell(r: RequestComparison): string {
  const m = r.mesh;
  const head = `${m.outcome}${m.status ? ` ${m.status}` : ''}${m.responseFlag ? ` ${m.responseFlag}` : ''}`;
  const destinations = m.destinations.map((d) => `${d.weight}% ${d.subset ? `subset ${d.subset}` : d.host} (${d.workloads.join(', ') || 'no Pod'})`).join(', ');
  return cell(destinations ? `${head}: ${destinations}` : head);
}

export function renderHostComparisonMarkdown(c: HostComparison): string {
  const lines = [`# ${c.host} (namespace ${c.namespace}): Kubernetes Service vs mesh`, ''];
  if (c.service) {
    lines.push(`Service **${c.service.namespace}/${c.service.name}** (${c.service.type}${c.service.headless ? ', headless' : ''}), selector ${JSON.stringify(c.service.selector ?? {})}`, '');
    lines.push('| Port | targetPort | Istio protocol | Ready endpoints | Share each |', '|---|---|---|---|---|');
    for (const p of c.service.ports) lines.push(`| ${p.port}${p.name ? ` (${p.name})` : ''} | ${p.targetPort} | ${p.istioProtocol} | ${p.readyEndpoints} | ${p.sharePercent ?? '-'}% |`);
  }
  const applied = [
    ...c.virtualServices.map((v) => `- VirtualService ${v.namespace}/${v.name}: ${v.reason}`),
    ...c.destinationRules.map((d) => `- DestinationRule ${d.namespace}/${d.name} (subsets ${d.subsets.map((s) => s.name).join(', ') || 'none'}, ${d.loadBalancer}): ${d.reason}`),
    ...c.gateways.map((g) => `- Gateway ${g.namespace}/${g.name}: bound by ${g.virtualServices.join(', ')}`),
  ];
  if (applied.length > 0) lines.push('', '## Istio configuration for this host', '', ...applied);
  if (c.requests.length > 0) {
    lines.push('', '## Requests side by side', '', '| Request | Kubernetes | Mesh | Difference |', '|---|---|---|---|');
    for (const r of c.requests) lines.push(`| ${requestCell(r)} | ${cell(r.kubernetes.summary)} | ${meshCell(r)} | ${cell(r.difference)} |`);
  }
  if (c.summary.length > 0) {
    lines.push('', '## How they differ', '', '| Aspect | Kubernetes | Mesh |', '|---|---|---|');
    for (const a of c.summary) lines.push(`| ${a.aspect} | ${cell(a.kubernetes)} | ${cell(a.mesh)} |`);
  }
  if (c.notes.length > 0) lines.push('', '## Notes', '', ...c.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}

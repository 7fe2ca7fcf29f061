// Markdown rendering: a heading, the summary, the steps as a list with `file:line` citations, a table of
// destinations and the Kubernetes comparison.
import type { RoutePath, RouteStep } from '../routing/types.js';
import { fileLine } from './citation.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function stepItem(step: RouteStep): string {
  const rules = step.rules && step.rules.length > 0 ? ` _(${step.rules.join(', ')}${step.unverified ? ', UNVERIFIED' : ''})_` : step.unverified ? ' _(UNVERIFIED)_' : '';
  const where = step.source ? ` — \`${fileLine(step.source)}\` ${step.source.kind} ${step.source.namespace ? `${step.source.namespace}/` : ''}${step.source.name}${step.source.field ? ` \`${step.source.field}\`` : ''}` : '';
  return `- **${step.stage}** (${step.decision}): ${step.reason}${rules}${where}`;
}

export function renderMarkdown(path: RoutePath): string {
  const r = path.request;
  const status = path.status === null ? '' : ` · status ${path.status}${path.responseFlag ? ` (${path.responseFlag})` : ''}`;
  const lines = [
    `## ${r.method ?? 'GET'} ${r.path ?? '/'} to ${r.host}${r.gateway ? ` through Gateway ${r.gateway}` : ''}`, '',
    `**${path.outcome}**${status}`, '', path.summary, '', '### Steps', '', ...path.steps.map(stepItem),
  ];
  if (path.destinations.length > 0) {
    lines.push('', '### Destinations', '', '| cluster | weight | status | endpoints |', '| --- | --- | --- | --- |');
    for (const d of path.destinations) {
      const endpoints = d.endpoints.map((e) => `${e.pod}:${e.port ?? '?'}`).join(', ') || '—';
      lines.push(`| \`${escapeCell(d.cluster)}\` | ${d.weight}% | ${d.status} | ${escapeCell(endpoints)} |`);
    }
  }
  lines.push('', '### Without the mesh', '', path.kubernetes.note);
  return `${lines.join('\n')}\n`;
}

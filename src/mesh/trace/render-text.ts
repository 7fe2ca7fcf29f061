// Plain-text rendering of a route explanation: summary, numbered steps with citations, destinations,
// and what Kubernetes alone would do.
import type { RoutePath, RouteStep } from '../routing/types.js';
import { citation } from './citation.js';

function stepLine(step: RouteStep, i: number): string[] {
  const flags = [step.rules?.join(', '), step.unverified ? 'UNVERIFIED' : null].filter(Boolean).join('; ');
  const lines = [`${String(i + 1).padStart(2)}. [${step.stage}/${step.decision}] ${step.reason}${flags ? ` (${flags})` : ''}`];
  if (step.source) lines.push(`      at ${citation(step.source)}`);
  return lines;
}

function destinationLines(path: RoutePath): string[] {
  return path.destinations.flatMap((d) => [
    `  - ${d.cluster} ${d.weight}% ${d.status}${d.reason ? `: ${d.reason}` : ''}`,
    ...d.endpoints.map((e) => `      ${e.pod} (${e.workload}) port ${e.port ?? '?'}${e.ready ? '' : ' not ready'}`),
  ]);
}

export function renderText(path: RoutePath): string {
  const status = path.status === null ? '' : ` ${path.status}${path.responseFlag ? ` ${path.responseFlag}` : ''}`;
  const lines = [`${path.outcome}${status}: ${path.summary}`, '', 'Steps:', ...path.steps.flatMap(stepLine)];
  if (path.destinations.length > 0) lines.push('', 'Destinations:', ...destinationLines(path));
  lines.push('', `Kubernetes without the mesh: ${path.kubernetes.note}`);
  return `${lines.join('\n')}\n`;
}

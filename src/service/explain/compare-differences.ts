import { AppError } from '../../errors.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import {
  compareHost, differences, DifferencesInputError, renderDifferencesMarkdown, renderDifferencesText,
  renderHostComparisonMarkdown, renderHostComparisonText, type Differences, type HostComparison,
} from '../../mesh/differences/index.js';
import { simulateRoute } from '../../mesh/routing/index.js';

export interface DifferencesQuery {
  kind: string;
  versus?: string | null;
  /** With an index: compare what the Service alone does with what the mesh does for this host. */
  host?: string | null;
  namespace?: string | null;
}

/** `general`: the kind-vs-kind comparison; `concrete` adds the per-host comparison when a host and a set are given. */
export interface DifferencesAnswer {
  summary: string;
  general: Differences;
  concrete: HostComparison | null;
  markdown: string;
  text: string;
}

/**
 * How `kind` differs from `versus` (default Service) in general, and, with `index` and `host`, for that host
 * of the set (representative requests simulated side by side with plain Kubernetes). Bad kinds are BAD_INPUT.
 */
export function compareDifferences(query: DifferencesQuery, index: MeshIndex | null = null): DifferencesAnswer {
  try {
    const general = differences(query.kind, query.versus || 'SERVICE');
    const host = query.host?.trim() || null;
    if (host && !index) throw new AppError('BAD_INPUT', 'host: a concrete comparison needs manifests: a set (or -f FILES on the command line)');
    if (!host && query.namespace) throw new AppError('BAD_INPUT', 'namespace: give --host too; the namespace only qualifies a host');
    const concrete = host && index
      ? compareHost(index, { host, namespace: query.namespace ?? null, kind: general.kind }, (request) => simulateRoute(index, request))
      : null;
    return {
      summary: summarize(general, concrete), general, concrete,
      markdown: renderDifferences(general, concrete, 'markdown'), text: renderDifferences(general, concrete, 'text'),
    };
  } catch (error) {
    if (error instanceof DifferencesInputError) throw new AppError('BAD_INPUT', error.message, { cause: error });
    throw error;
  }
}

/** The general comparison, then the host comparison when there is one. */
export function renderDifferences(general: Differences, concrete: HostComparison | null, format: 'markdown' | 'text'): string {
  const parts = format === 'markdown'
    ? [renderDifferencesMarkdown(general), concrete ? renderHostComparisonMarkdown(concrete) : '']
    : [renderDifferencesText(general), concrete ? renderHostComparisonText(concrete) : ''];
  return `${parts.filter(Boolean).map((p) => p.trimEnd()).join('\n\n')}\n`;
}

function summarize(general: Differences, concrete: HostComparison | null): string {
  const purpose = general.dimensions.find((d) => d.id === 'purpose');
  const head = `${general.kindName} vs ${general.versusName}: ${purpose ? `${purpose.kind.value} vs ${purpose.versus.value}` : `${general.dimensions.length} dimensions compared`}.`;
  if (!concrete) return head;
  const differing = concrete.requests.filter((r) => !r.samePods).length;
  if (!concrete.service) return `${head} For ${concrete.host}: ${concrete.notes[0] ?? 'no Service found.'}`;
  return `${head} For ${concrete.service.fqdn}: ${concrete.requests.length} representative request${concrete.requests.length === 1 ? '' : 's'}, ${differing} reach${differing === 1 ? 'es' : ''} different Pods (or none) through the mesh than under plain Kubernetes.`;
}

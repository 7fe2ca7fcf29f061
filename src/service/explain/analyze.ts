import { AppError } from '../../errors.js';
import type { MeshIndex } from '../../mesh/index/types.js';
import { runDiagnostics } from '../../mesh/diagnostics/runner.js';
import { listRules } from '../../mesh/diagnostics/list-rules.js';
import { SEVERITY_ORDER, type Finding, type Severity } from '../../mesh/diagnostics/types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface AnalyzeOptions {
  minSeverity?: string | null;
  codes?: readonly string[] | null;
  /** The run "fails" (CI exit 3) when a finding is at least this severe. */
  failOn?: string | null;
}

export interface AnalyzeResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  failOn: Severity | null;
  /** true when a finding reaches `failOn`. */
  failed: boolean;
  summary: string;
}

/** Diagnostics of a set: findings sorted by severity, counts, and whether they reach the CI threshold. */
export function analyze(index: MeshIndex, options: AnalyzeOptions = {}): AnalyzeResult {
  const minSeverity = parseSeverity(options.minSeverity, 'minSeverity');
  const failOn = parseSeverity(options.failOn, 'failOn');
  const codes = options.codes && options.codes.length > 0 ? checkCodes(options.codes) : undefined;
  const findings = runDiagnostics(index, { minSeverity: minSeverity ?? undefined, codes });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failed = reachesSeverity(findings, failOn);
  return { findings, counts, failOn, failed, summary: summarize(counts) };
}

/** true when a finding is at least as severe as `threshold` (CI gate of `analyze --fail-on`). */
export function reachesSeverity(findings: readonly Pick<Finding, 'severity'>[], threshold: Severity | null): boolean {
  return threshold !== null && findings.some((f) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[threshold]);
}

export function parseSeverity(value: string | null | undefined, field: string): Severity | null {
  if (value === undefined || value === null || value === '') return null;
  const lower = value.toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(lower)) return lower as Severity;
  throw new AppError('BAD_INPUT', `${field}: unknown severity "${value}"; expected one of ${SEVERITIES.join(', ')}`);
}

function checkCodes(codes: readonly string[]): string[] {
  const known = new Set(listRules().map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c.toUpperCase()));
  if (unknown.length > 0) {
    throw new AppError('BAD_INPUT', `codes: unknown code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; run \`mesh-explainer analyze --list-rules\` for the list`);
  }
  return codes.map((c) => c.toUpperCase());
}

function summarize(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return 'No problems found.';
  return `${total} finding${total === 1 ? '' : 's'}: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info.`;
}

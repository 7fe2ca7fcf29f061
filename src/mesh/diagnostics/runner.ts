// runDiagnostics: runs the registered rules, then sorts, dedupes, filters and caps (STYLE rule 5).
import { describeRef, refOf, type SourceRef } from '../model.js';
import type { MeshIndex } from '../index/types.js';
import { catalogEntry } from './catalog.js';
import { allRules } from './rules/index.js';
import { recordingIndex } from './recording-index.js';
import {
  SEVERITY_ORDER, type DiagnosticRule, type Finding, type RelatedInput, type RelatedResource, type ReportInput,
  type RunDiagnosticsOptions,
} from './types.js';

export const DEFAULT_MAX_FINDINGS = 1000;
const TOO_MANY_FINDINGS = 'MX0029';

function relatedOf(index: MeshIndex, input: RelatedInput): RelatedResource {
  if ('ref' in input) return { ref: input.ref, source: null };
  return { ref: refOf(input.resource), source: index.cite(input.resource, input.fieldPath ?? '') };
}

export function toFinding(index: MeshIndex, rule: Pick<DiagnosticRule, 'code'>, input: ReportInput): Finding {
  const entry = catalogEntry(rule.code);
  return {
    code: entry.code,
    name: entry.name,
    severity: entry.severity,
    message: input.message,
    resource: refOf(input.resource),
    source: index.cite(input.resource, input.fieldPath),
    fieldPath: input.fieldPath,
    related: (input.related ?? []).map((r) => relatedOf(index, r)),
    symptom: input.symptom,
    fix: input.fix,
    istioCode: input.istioCode !== undefined ? input.istioCode : (entry.istioCode ?? null),
    kialiCode: input.kialiCode !== undefined ? input.kialiCode : (entry.kialiCode ?? null),
    rules: [...input.rules],
  };
}

/** Runs one rule and returns its raw findings and the kinds it read (used by the meta-tests too). */
export function runRule(index: MeshIndex, rule: DiagnosticRule, options: RunDiagnosticsOptions = {}): { findings: Finding[]; kindsRead: Set<string> } {
  const kindsRead = new Set<string>();
  const findings: Finding[] = [];
  rule.check({
    index: recordingIndex(index, kindsRead),
    meshConfig: { outboundTrafficPolicy: options.meshConfig?.outboundTrafficPolicy ?? 'ALLOW_ANY' },
    report: (input) => { findings.push(toFinding(index, rule, input)); },
  });
  return { findings, kindsRead };
}

function compareSource(a: SourceRef, b: SourceRef): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
    || describeRef(a.resource).localeCompare(describeRef(b.resource))
    || compareSource(a.source, b.source)
    || a.fieldPath.localeCompare(b.fieldPath)
    || a.message.localeCompare(b.message);
}

function dedupe(sorted: Finding[]): Finding[] {
  const seen = new Set<string>();
  return sorted.filter((f) => {
    const key = [f.code, describeRef(f.resource), f.fieldPath, f.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tooManyFindings(first: Finding, omitted: number, max: number): Finding {
  const entry = catalogEntry(TOO_MANY_FINDINGS);
  return {
    code: entry.code, name: entry.name, severity: entry.severity,
    message: `Stopped after ${max} findings; ${omitted} more are not listed, starting with ${first.code} on ${describeRef(first.resource)}.`,
    resource: first.resource, source: first.source, fieldPath: first.fieldPath, related: [],
    symptom: 'some findings are not shown', fix: 'Fix the listed findings, or filter with minSeverity/codes, or raise maxFindings.',
    istioCode: null, kialiCode: null, rules: [],
  };
}

export function runDiagnostics(index: MeshIndex, options: RunDiagnosticsOptions = {}): Finding[] {
  const codes = options.codes ? new Set(options.codes) : null;
  const minRank = SEVERITY_ORDER[options.minSeverity ?? 'info'];
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const raw: Finding[] = [];
  for (const rule of allRules) {
    if (codes && !codes.has(rule.code)) continue;
    if (SEVERITY_ORDER[rule.severity] > minRank) continue;
    raw.push(...runRule(index, rule, options).findings);
  }
  const findings = dedupe(raw.sort(compareFindings));
  if (findings.length <= max) return findings;
  return [...findings.slice(0, max), tooManyFindings(findings[max], findings.length - max, max)];
}

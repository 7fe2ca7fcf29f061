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

/** A reported finding before it is cited: lines are looked up only for the findings that are kept or that tie. */
interface Pending { rule: DiagnosticRule; input: ReportInput; ref: string; line: number | null }

/** Rules read `index` as given: runRule passes a recording proxy, runDiagnostics the index itself so per-index memos are shared. */
function collect(index: MeshIndex, rule: DiagnosticRule, options: RunDiagnosticsOptions, sink: Pending[]): void {
  rule.check({
    index,
    meshConfig: { outboundTrafficPolicy: options.meshConfig?.outboundTrafficPolicy ?? 'ALLOW_ANY' },
    report: (input) => { sink.push({ rule, input, ref: describeRef(refOf(input.resource)), line: null }); },
  });
}

/** Runs one rule and returns its raw findings and the kinds it read (used by the meta-tests too). */
export function runRule(index: MeshIndex, rule: DiagnosticRule, options: RunDiagnosticsOptions = {}): { findings: Finding[]; kindsRead: Set<string> } {
  const kindsRead = new Set<string>();
  const pending: Pending[] = [];
  collect(recordingIndex(index, kindsRead), rule, options, pending);
  return { findings: pending.map((p) => toFinding(index, p.rule, p.input)), kindsRead };
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

/** compareFindings up to the file: severity, code, resource, file (a citation's file is its resource's file). */
function compareUpToFile(a: Pending, b: Pending): number {
  return SEVERITY_ORDER[a.rule.severity] - SEVERITY_ORDER[b.rule.severity]
    || (a.rule.code < b.rule.code ? -1 : a.rule.code > b.rule.code ? 1 : 0)
    || a.ref.localeCompare(b.ref)
    || (a.input.resource.source.file < b.input.resource.source.file ? -1 : a.input.resource.source.file > b.input.resource.source.file ? 1 : 0);
}

function lineOf(index: MeshIndex, p: Pending): number {
  return (p.line ??= index.cite(p.input.resource, p.input.fieldPath).line);
}

function compareRest(index: MeshIndex, a: Pending, b: Pending): number {
  return lineOf(index, a) - lineOf(index, b) || a.input.fieldPath.localeCompare(b.input.fieldPath) || a.input.message.localeCompare(b.input.message);
}

function dedupeKey(p: Pending): string {
  return [p.rule.code, p.ref, p.input.fieldPath, p.input.message].join('\u0000');
}

/**
 * compareFindings order, then dedupe, keeping the first `keep`: groups equal up to the file are sorted by line only
 * when they reach into the kept part, so findings past the cap are never cited. Returns the kept ones and the total.
 */
function sortDedupeCap(index: MeshIndex, pending: Pending[], keep: number): { kept: Pending[]; total: number } {
  pending.sort(compareUpToFile);
  const seen = new Set<string>();
  const kept: Pending[] = [];
  let total = 0;
  for (let start = 0; start < pending.length;) {
    let end = start + 1;
    while (end < pending.length && compareUpToFile(pending[start], pending[end]) === 0) end++;
    const group = pending.slice(start, end);
    if (kept.length < keep) group.sort((a, b) => compareRest(index, a, b));
    for (const p of group) {
      const key = dedupeKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      total++;
      if (kept.length < keep) kept.push(p);
    }
    start = end;
  }
  return { kept, total };
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
  const pending: Pending[] = [];
  for (const rule of allRules) {
    if (codes && !codes.has(rule.code)) continue;
    if (SEVERITY_ORDER[rule.severity] > minRank) continue;
    collect(index, rule, options, pending);
  }
  const { kept, total } = sortDedupeCap(index, pending, max + 1);
  const findings = kept.slice(0, max).map((p) => toFinding(index, p.rule, p.input));
  if (total <= max) return findings;
  return [...findings, tooManyFindings(toFinding(index, kept[max].rule, kept[max].input), total - max, max)];
}

// Findings, rules and the context a rule sees (STYLE rules 4, 5).
import type { Resource, ResourceRef, SourceRef } from '../model.js';
import type { MeshIndex } from '../index/types.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface RelatedResource {
  ref: ResourceRef;
  source: SourceRef | null;
}

export interface Finding {
  code: string;
  name: string;
  severity: Severity;
  /** One sentence. */
  message: string;
  resource: ResourceRef;
  /** The exact line of `fieldPath` (or its nearest written parent). */
  source: SourceRef;
  fieldPath: string;
  related: RelatedResource[];
  /** What a user would observe, e.g. "requests get 503 with response flag NC". */
  symptom: string;
  fix: string;
  istioCode: string | null;
  kialiCode: string | null;
  /** Reference rule ids (istio-routing.md), e.g. ['R5.6.3']. */
  rules: string[];
}

/** A related object: a resource of the set (cited), or a reference to one that does not exist. */
export type RelatedInput = { resource: Resource; fieldPath?: string } | { ref: ResourceRef };

export interface ReportInput {
  resource: Resource;
  fieldPath: string;
  message: string;
  symptom: string;
  fix: string;
  rules: string[];
  related?: RelatedInput[];
  /** Overrides the catalog mapping when one rule covers several upstream codes (e.g. IST0150 for ExternalName). */
  istioCode?: string | null;
  kialiCode?: string | null;
}

export interface DiagnosticsMeshConfig {
  outboundTrafficPolicy?: 'ALLOW_ANY' | 'REGISTRY_ONLY';
}

export interface RuleContext {
  /** The index; every kind a rule reads through it is recorded (meta-test: declared inputs = kinds read). */
  readonly index: MeshIndex;
  readonly meshConfig: Required<DiagnosticsMeshConfig>;
  report(input: ReportInput): void;
}

export interface DiagnosticRule {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  /** One line; `analyze --list-rules` prints it. */
  readonly description: string;
  /** Kinds the rule reads. */
  readonly inputs: readonly string[];
  check(ctx: RuleContext): void;
}

export interface RunDiagnosticsOptions {
  minSeverity?: Severity;
  /** Only these codes (others are not run). */
  codes?: readonly string[];
  /** Default 1000; past it one final TooManyFindings entry is added. */
  maxFindings?: number;
  meshConfig?: DiagnosticsMeshConfig;
}

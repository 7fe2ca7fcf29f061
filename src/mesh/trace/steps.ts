// Trace steps are data: {stage, decision, reason, source, rules, unverified}. Stages build them here;
// text comes only from the renderers of this folder.
import type { SourceRef } from '../model.js';
import type { RouteDecision, RouteStage, RouteStep } from '../routing/types.js';

export interface StepInput {
  stage: RouteStage;
  decision: RouteDecision;
  reason: string;
  source?: SourceRef | null;
  rules?: readonly string[];
  unverified?: boolean;
}

export function makeStep(input: StepInput): RouteStep {
  const step: RouteStep = { stage: input.stage, decision: input.decision, reason: input.reason, source: input.source ?? null };
  if (input.rules && input.rules.length > 0) step.rules = [...new Set(input.rules)];
  if (input.unverified) step.unverified = true;
  return step;
}

export function recordStep(steps: RouteStep[], input: StepInput): void {
  steps.push(makeStep(input));
}

/** `Kind ns/name` of a citation, the way steps name resources in their sentences. */
export function describeSource(source: SourceRef | null): string {
  if (!source) return '';
  return source.namespace ? `${source.kind} ${source.namespace}/${source.name}` : `${source.kind} ${source.name}`;
}

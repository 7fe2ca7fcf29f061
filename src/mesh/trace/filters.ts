// Views over a trace (data in, data out): by stage, by decision, or only the steps that decided something.
import type { RouteDecision, RouteStage, RouteStep } from '../routing/types.js';

export interface StepFilter {
  stages?: readonly RouteStage[];
  decisions?: readonly RouteDecision[];
  /** Keep only steps that cite a resource. */
  cited?: boolean;
}

export function filterSteps(steps: readonly RouteStep[], filter: StepFilter): RouteStep[] {
  return steps.filter((s) =>
    (!filter.stages || filter.stages.includes(s.stage)) &&
    (!filter.decisions || filter.decisions.includes(s.decision)) &&
    (!filter.cited || s.source !== null));
}

/** Steps that chose, rejected or assumed something (drops purely informative ones). */
export function decisiveSteps(steps: readonly RouteStep[]): RouteStep[] {
  return steps.filter((s) => s.decision !== 'info');
}

/** Routes that were tried and not taken, with the first condition that failed. */
export function routesNotTaken(steps: readonly RouteStep[]): RouteStep[] {
  return steps.filter((s) => s.stage === 'match' && (s.decision === 'not-matched' || s.decision === 'skipped'));
}

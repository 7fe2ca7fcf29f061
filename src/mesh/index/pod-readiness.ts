// Readiness of a bare Pod from its status (issue 3 §2; R6.1.2, R5.7.1).
import { asArray, asObject, asString, getIn, type Resource } from '../model.js';

export interface Readiness { ready: boolean; assumed: boolean; reason: string }

export function bareReadiness(pod: Resource): Readiness {
  const status = asObject(getIn(pod.object, 'status'));
  if (!status || Object.keys(status).length === 0) {
    return { ready: true, assumed: true, reason: 'assumed ready: the Pod has no status in the manifests' };
  }
  const phase = asString(status.phase);
  if (phase !== 'Running') {
    return { ready: false, assumed: false, reason: phase ? `not ready: phase is ${phase}, not Running` : 'not ready: the status has no phase' };
  }
  const readyCondition = asArray(status.conditions).map(asObject).find((c) => c?.type === 'Ready');
  const value = readyCondition ? String(readyCondition.status) : undefined;
  if (value === 'True') return { ready: true, assumed: false, reason: 'ready: phase Running and condition Ready is True' };
  return {
    ready: false,
    assumed: false,
    reason: value === undefined ? 'not ready: phase Running but no Ready condition' : `not ready: condition Ready is ${value}`,
  };
}

export function templateReadiness(owner: Resource): Readiness {
  return { ready: true, assumed: true, reason: `assumed ready: implied by the ${owner.kind} ${owner.name} template, which has no status` };
}

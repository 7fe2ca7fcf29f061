import { asObject, asString, type JsonObject } from '../../model.js';
import type { RouteFault } from '../types.js';
import { percentageValue } from './percentage.js';

export interface FaultResult {
  /** The fault as configured, percents as Envoy applies them (0 = never); null when the route has no effective fault block. */
  fault: RouteFault | null;
  /** true when every request matching the route is aborted (abort percentage >= 100). */
  abortsAll: boolean;
  notes: string[];
}

/** R4.8.1-R4.8.4: what `fault` does to requests that matched this route. */
export function faultOf(route: JsonObject): FaultResult {
  const fault = asObject(route.fault);
  if (!fault) return { fault: null, abortsAll: false, notes: [] };
  const notes: string[] = [];
  const delay = delayOf(asObject(fault.delay), notes);
  const abort = abortOf(asObject(fault.abort), notes);
  if (!delay && !abort) return { fault: null, abortsAll: false, notes };
  notes.push('the fault is injected by the proxy that evaluated this VirtualService (the caller\'s sidecar or the gateway), only for requests that matched this route (R4.8.3)');
  notes.push('the API says timeouts and retries are not enabled when a fault is set, but Istio still attaches the route\'s retry policy and timeout; the interaction is UNVERIFIED (R4.8.4)');
  return { fault: { delay, abort }, abortsAll: abort !== null && abort.percent >= 100, notes };
}

function delayOf(delay: JsonObject | undefined, notes: string[]): RouteFault['delay'] {
  if (!delay) return null;
  const fixedDelay = asString(delay.fixedDelay);
  if (fixedDelay === undefined) {
    notes.push('fault.delay has no fixedDelay (exponentialDelay is not supported), so no delay is injected (R4.8.1)');
    return null;
  }
  let percent = percentageValue(delay.percentage);
  if (percent === null) {
    percent = typeof delay.percent === 'number' ? Math.min(Math.max(Math.trunc(delay.percent), 0), 100) : 0;
    notes.push(delay.percent === undefined
      ? 'fault.delay has neither percentage nor percent, so no request is delayed (R4.8.1)'
      : `fault.delay uses the deprecated integer percent (${percent}%) because percentage is absent (R4.8.1)`);
  }
  if (percent > 0) notes.push(`${percent}% of the matching requests wait ${fixedDelay} before being forwarded (Envoy flag DI)`);
  return { fixedDelay, percent };
}

function abortOf(abort: JsonObject | undefined, notes: string[]): RouteFault['abort'] {
  if (!abort) return null;
  let status: number;
  if (typeof abort.httpStatus === 'number') {
    status = abort.httpStatus;
  } else if (abort.grpcStatus !== undefined) {
    status = 200;
    notes.push(`fault.abort uses grpcStatus ${String(abort.grpcStatus)}: the gRPC error travels in the grpc-status trailer of an HTTP 200 response`);
  } else {
    notes.push('fault.abort has neither httpStatus nor grpcStatus, so nothing is aborted (R4.8.2)');
    return null;
  }
  const percent = percentageValue(abort.percentage) ?? 0;
  if (abort.percentage === undefined) notes.push('fault.abort has no percentage, so no request is aborted (R4.8.2)');
  else if (percent > 0) notes.push(`${percent}% of the matching requests are answered ${status} by the proxy without reaching the upstream (Envoy flag FI)`);
  return { status, percent };
}

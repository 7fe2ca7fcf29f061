import { asString, type JsonObject } from '../../model.js';
import type { RouteTimeout } from '../types.js';

/** R4.7.1: the route timeout; `route` null means the default route of a host without VirtualService (R3.12.1). */
export function timeoutOf(route: JsonObject | null): RouteTimeout {
  const value = route ? asString(route.timeout) : undefined;
  if (value === undefined) {
    return {
      value: null,
      isDefault: true,
      description: 'no timeout: Istio writes 0, which disables Envoy\'s own 15 s default, so the proxy waits for the upstream indefinitely (R4.7.1)',
    };
  }
  if (/^0+(\.0+)?s$/.test(value)) {
    return { value, isDefault: false, description: `timeout ${value} disables the route timeout explicitly (R4.7.1)` };
  }
  return {
    value,
    isDefault: false,
    description: `the proxy answers 504 (flag UT) if the upstream has not responded within ${value}, retries included (R4.7.1)`,
  };
}

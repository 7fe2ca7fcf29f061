import { asObject } from '../../model.js';

/**
 * Istio `Percent` (`{value: 0-100}`, fractional) as Envoy receives it: parts per million, truncated
 * (istio route.go `translatePercentToFractionalPercent`). Returns null when `raw` is not a Percent.
 */
export function percentageValue(raw: unknown): number | null {
  const obj = asObject(raw);
  if (!obj) return null;
  const value = typeof obj.value === 'number' ? obj.value : 0;
  const clamped = Math.min(Math.max(value, 0), 100);
  return Math.floor(clamped * 10000) / 10000;
}

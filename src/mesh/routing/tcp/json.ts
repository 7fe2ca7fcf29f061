// JSON helpers for reading VirtualService tcp/tls fields.
export { asArray, asObject, asString, getIn } from '../../model.js';

/** A number written as a number or a numeric string. */
export function asNumberLike(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

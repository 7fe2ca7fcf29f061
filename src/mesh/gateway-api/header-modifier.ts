// HTTPHeaderFilter (RequestHeaderModifier / ResponseHeaderModifier): set, add, remove.
import { asArray, asObject, asString } from '../model.js';

export interface HeaderOperations { set: Record<string, string>; add: Record<string, string>; remove: string[] }

function pairs(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of asArray(raw)) {
    const o = asObject(entry);
    const name = asString(o?.name);
    if (name !== undefined) out[name.toLowerCase()] = asString(o?.value) ?? '';
  }
  return out;
}

export function headerOperations(filter: unknown): HeaderOperations {
  const o = asObject(filter);
  return {
    set: pairs(o?.set),
    add: pairs(o?.add),
    remove: asArray(o?.remove).map(asString).filter((n): n is string => n !== undefined).map((n) => n.toLowerCase()),
  };
}

export function mergeHeaderOperations(a: HeaderOperations, b: HeaderOperations): HeaderOperations {
  return { set: { ...a.set, ...b.set }, add: { ...a.add, ...b.add }, remove: [...new Set([...a.remove, ...b.remove])] };
}

export function emptyHeaderOperations(): HeaderOperations {
  return { set: {}, add: {}, remove: [] };
}

export function isEmptyHeaderOperations(h: HeaderOperations): boolean {
  return Object.keys(h.set).length === 0 && Object.keys(h.add).length === 0 && h.remove.length === 0;
}

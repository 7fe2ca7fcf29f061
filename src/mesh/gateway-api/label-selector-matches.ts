// A Kubernetes LabelSelector (matchLabels AND matchExpressions) against a label set.
import { asArray, asObject, asString, asStringMap, type Labels } from '../model.js';

function expressionMatches(raw: unknown, labels: Labels): boolean {
  const e = asObject(raw);
  const key = asString(e?.key);
  if (!e || !key) return false;
  const values = asArray(e.values).filter((v): v is string => typeof v === 'string');
  const has = Object.hasOwn(labels, key);
  switch (asString(e.operator)) {
    case 'In': return has && values.includes(labels[key] ?? '');
    case 'NotIn': return !has || !values.includes(labels[key] ?? '');
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    default: return false;
  }
}

/** An empty selector selects everything, as in Kubernetes. */
export function labelSelectorMatches(selector: unknown, labels: Labels): boolean {
  const s = asObject(selector) ?? {};
  const required = asStringMap(s.matchLabels);
  if (Object.entries(required).some(([k, v]) => labels[k] !== v)) return false;
  return asArray(s.matchExpressions).every((e) => expressionMatches(e, labels));
}

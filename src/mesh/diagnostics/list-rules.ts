// `mesh-explainer analyze --list-rules`: one row per code, in code order (rules and runner-emitted codes).
import { catalog } from './catalog.js';
import { allRules } from './rules/index.js';
import type { Severity } from './types.js';

export interface RuleListing {
  code: string;
  name: string;
  severity: Severity;
  description: string;
  inputs: string[];
  istioCode: string | null;
  kialiCode: string | null;
  docs: string;
}

export function listRules(): RuleListing[] {
  const rules = new Map(allRules.map((r) => [r.code, r]));
  return catalog.map((entry) => {
    const rule = rules.get(entry.code);
    return {
      code: entry.code,
      name: entry.name,
      severity: entry.severity,
      description: rule?.description ?? entry.summary,
      inputs: rule ? [...rule.inputs] : [],
      istioCode: entry.istioCode ?? null,
      kialiCode: entry.kialiCode ?? null,
      docs: entry.docs,
    };
  });
}

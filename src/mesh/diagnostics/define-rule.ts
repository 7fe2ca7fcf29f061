// A rule file gives its code, description, inputs and check; name and severity come from the catalog.
import { catalogEntry } from './catalog.js';
import type { DiagnosticRule, RuleContext } from './types.js';

export interface RuleDefinition {
  description: string;
  inputs: readonly string[];
  check(ctx: RuleContext): void;
}

export function defineRule(code: string, definition: RuleDefinition): DiagnosticRule {
  const entry = catalogEntry(code);
  return Object.freeze({
    code,
    name: entry.name,
    severity: entry.severity,
    description: definition.description,
    inputs: Object.freeze([...definition.inputs]),
    check: definition.check,
  });
}

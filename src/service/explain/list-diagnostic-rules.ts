import { listRules, type RuleListing } from '../../mesh/diagnostics/list-rules.js';

/** The diagnostics catalog (code, name, severity, description, istioctl/Kiali codes, docs page). */
export function listDiagnosticRules(): RuleListing[] {
  return listRules();
}

// Public API of the diagnostics engine.
export { runDiagnostics, compareFindings, DEFAULT_MAX_FINDINGS } from './runner.js';
export { listRules, type RuleListing } from './list-rules.js';
export { catalog, catalogEntry, type CatalogEntry } from './catalog.js';
export { allRules } from './rules/index.js';
export type {
  Finding, RelatedResource, Severity, RunDiagnosticsOptions, DiagnosticsMeshConfig, DiagnosticRule, RuleContext, ReportInput,
} from './types.js';
export { SEVERITY_ORDER } from './types.js';

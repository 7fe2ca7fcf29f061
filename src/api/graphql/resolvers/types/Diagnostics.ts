import type { DiagnosticRuleResolvers, DiagnosticsResolvers, FindingResolvers } from '../../../../generated/graphql.js';
import { renderFindingsMarkdown, renderFindingsText } from '../../../../service/explain/index.js';
import { severityEnum } from '../../severity.js';

export const Diagnostics: DiagnosticsResolvers = {
  markdown: (result) => renderFindingsMarkdown(result),
  text: (result) => renderFindingsText(result),
};

export const Finding: FindingResolvers = {
  severity: (finding) => severityEnum(finding.severity),
};

export const DiagnosticRule: DiagnosticRuleResolvers = {
  severity: (rule) => severityEnum(rule.severity),
};

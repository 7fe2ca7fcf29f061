// GraphQL's Severity enum (ERROR) and the engine's severity (error).
import type { Severity as SeverityEnum } from '../../generated/graphql.js';
import type { Severity } from '../../mesh/diagnostics/index.js';

export function severityEnum(severity: Severity): SeverityEnum {
  return severity.toUpperCase() as SeverityEnum;
}

export function engineSeverity(severity: SeverityEnum | null | undefined): Severity | null {
  return severity ? (severity.toLowerCase() as Severity) : null;
}

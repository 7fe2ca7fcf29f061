import type { QueryResolvers } from '../../../../generated/graphql.js';
import { listDiagnosticRules } from '../../../../service/explain/index.js';

export const diagnosticRules: NonNullable<QueryResolvers['diagnosticRules']> = () => listDiagnosticRules();

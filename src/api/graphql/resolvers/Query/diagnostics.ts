import type { QueryResolvers } from '../../../../generated/graphql.js';
import { analyze } from '../../../../service/explain/index.js';
import { engineSeverity } from '../../severity.js';

export const diagnostics: NonNullable<QueryResolvers['diagnostics']> = async (_parent, args, { services }) => {
  const { revision, index } = await services.loadIndex(args.set, args.revision);
  return { ...analyze(index, { minSeverity: engineSeverity(args.minSeverity), codes: args.codes }), revision: revision.number };
};

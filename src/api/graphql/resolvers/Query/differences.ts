import type { QueryResolvers } from '../../../../generated/graphql.js';
import { compareDifferences } from '../../../../service/explain/index.js';

/** The concrete comparison needs a set; without one only the general comparison is computed. */
export const differences: NonNullable<QueryResolvers['differences']> = async (_parent, args, { services }) => {
  const index = args.set ? (await services.loadIndex(args.set, args.revision)).index : null;
  return compareDifferences({ kind: args.kind, versus: args.versus, host: args.host, namespace: args.namespace }, index);
};

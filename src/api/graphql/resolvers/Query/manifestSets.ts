import type { QueryResolvers } from '../../../../generated/graphql.js';

export const manifestSets: NonNullable<QueryResolvers['manifestSets']> = (_parent, args, { services }) =>
  services.listSets(args.first, args.after);

import type { QueryResolvers } from '../../../../generated/graphql.js';
import { explainRoute } from '../../../../service/explain/index.js';

export const routePath: NonNullable<QueryResolvers['routePath']> = async (_parent, args, { services }) => {
  const { index } = await services.loadIndex(args.set, args.revision);
  return explainRoute(index, args.request);
};

import type { QueryResolvers } from '../../../../generated/graphql.js';
import { checkRouteBatchSize } from '../../../../service/api-queries/index.js';
import { explainRoutes } from '../../../../service/explain/index.js';

/** graphql-armor counts tokens, not variable values: the list length is capped here. */
export const routePaths: NonNullable<QueryResolvers['routePaths']> = async (_parent, args, { services }) => {
  checkRouteBatchSize(args.requests.length);
  const { index } = await services.loadIndex(args.set, args.revision);
  return explainRoutes(index, args.requests);
};

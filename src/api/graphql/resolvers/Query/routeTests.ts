import type { QueryResolvers } from '../../../../generated/graphql.js';
import { parseRouteTestCases, runRouteTests } from '../../../../service/explain/index.js';
import { checkRouteBatchSize } from '../../../../service/api-queries/index.js';

/** Cases are validated before the index is loaded, so bad input never costs a build. */
export const routeTests: NonNullable<QueryResolvers['routeTests']> = async (_parent, args, { services }) => {
  const cases = parseRouteTestCases(args.cases);
  checkRouteBatchSize(cases.length, 'cases');
  const { index } = await services.loadIndex(args.set, args.revision);
  return runRouteTests(index, cases);
};

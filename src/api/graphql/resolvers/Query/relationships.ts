import type { QueryResolvers } from '../../../../generated/graphql.js';
import { relationshipsGraph } from '../../../../service/explain/index.js';

export const relationships: NonNullable<QueryResolvers['relationships']> = async (_parent, args, { services }) => {
  const { index } = await services.loadIndex(args.set, args.revision);
  return relationshipsGraph(index, { kind: args.kind, namespace: args.namespace, name: args.name, depth: args.depth });
};

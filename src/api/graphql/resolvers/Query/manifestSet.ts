import type { QueryResolvers } from '../../../../generated/graphql.js';

export const manifestSet: NonNullable<QueryResolvers['manifestSet']> = (_parent, { name }, { services }) => services.findSet(name);

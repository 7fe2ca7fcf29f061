import type { MutationResolvers } from '../../../../generated/graphql.js';

export const deleteManifestSet: NonNullable<MutationResolvers['deleteManifestSet']> = async (_parent, { name }, { services }) => ({
  name,
  deleted: await services.deleteSet(name),
});

import type { ManifestSetResolvers } from '../../../../generated/graphql.js';

export const ManifestSet: ManifestSetResolvers = {
  revisions: (set, _args, { services }) => services.listRevisions(set.id),
  revision: (set, { number }, { services }) => services.findRevision(set.id, number),
  latest: (set, _args, { services }) => services.findRevision(set.id, 'latest'),
};

import type { RevisionResolvers } from '../../../../generated/graphql.js';

export const Revision: RevisionResolvers = {
  countsByKind: (revision) =>
    Object.entries(revision.countsByKind)
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => a.kind.localeCompare(b.kind)),
  resources: (revision, args, { services }) => services.listResources(revision.id, args),
};

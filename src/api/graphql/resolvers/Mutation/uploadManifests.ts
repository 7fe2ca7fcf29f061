import type { MutationResolvers } from '../../../../generated/graphql.js';

/** A refused upload is payload data (ok: false, problems); only unexpected failures are GraphQL errors. */
export const uploadManifests: NonNullable<MutationResolvers['uploadManifests']> = async (_parent, args, { services }) => {
  const result = await services.uploadManifests({
    set: args.set,
    files: args.files.map((f) => ({ name: f.name, content: f.content })),
    description: args.description ?? null,
    defaultNamespace: args.defaultNamespace ?? null,
  });
  return result.ok
    ? { ok: true, revision: result.revision, warnings: result.warnings, problems: [] }
    : { ok: false, revision: null, warnings: result.warnings, problems: result.problems };
};

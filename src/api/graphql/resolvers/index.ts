// Every resolver, registered once. To add a root field: add it to schema.graphql, run
// `npm run generate`, write resolvers/Query/<field>.ts (or Mutation/), and list it here.
import type { Resolvers } from '../../../generated/graphql.js';
import { deleteManifestSet } from './Mutation/deleteManifestSet.js';
import { uploadManifests } from './Mutation/uploadManifests.js';
import { manifestSet } from './Query/manifestSet.js';
import { manifestSets } from './Query/manifestSets.js';
import { ManifestSet } from './types/ManifestSet.js';
import { Resource } from './types/Resource.js';
import { Revision } from './types/Revision.js';
import { DateTime, JSON } from './types/scalars.js';

export const resolvers: Resolvers = {
  Query: { manifestSet, manifestSets },
  Mutation: { deleteManifestSet, uploadManifests },
  ManifestSet,
  Revision,
  Resource,
  JSON,
  DateTime,
};

import type { RevisionResolvers } from '../../../../generated/graphql.js';
import { analyze } from '../../../../service/explain/index.js';
import { filterObjects, listWorkloads, revisionIndex } from '../../../../service/api-queries/index.js';
import { inIndex } from '../../mesh-models.js';
import { engineSeverity } from '../../severity.js';

export const Revision: RevisionResolvers = {
  countsByKind: (revision) =>
    Object.entries(revision.countsByKind)
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => a.kind.localeCompare(b.kind)),
  resources: (revision, args, { services }) => services.listResources(revision.id, args),
  services: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'service', filterObjects(index.services, args));
  },
  pods: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'pod', filterObjects(index.pods, args));
  },
  workloads: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'resource', listWorkloads(index, args));
  },
  virtualServices: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'virtualService', filterObjects(index.virtualServices, args));
  },
  destinationRules: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'destinationRule', filterObjects(index.destinationRules, args));
  },
  gateways: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'gateway', filterObjects(index.gateways, args));
  },
  serviceEntries: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'serviceEntry', filterObjects(index.serviceEntries, args));
  },
  sidecars: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return inIndex(index, 'sidecar', filterObjects(index.sidecars, args));
  },
  diagnostics: async (revision, args, { services }) => {
    const index = await revisionIndex(services, revision.id);
    return { ...analyze(index, { minSeverity: engineSeverity(args.minSeverity), codes: args.codes }), revision: revision.number };
  },
};

// Every resolver, registered once. To add a root field: add it to schema.graphql, run
// `npm run generate`, write resolvers/Query/<field>.ts (or Mutation/), and list it here.
import type { Resolvers } from '../../../generated/graphql.js';
import { deleteManifestSet } from './Mutation/deleteManifestSet.js';
import { uploadManifests } from './Mutation/uploadManifests.js';
import { diagnosticRules } from './Query/diagnosticRules.js';
import { diagnostics } from './Query/diagnostics.js';
import { differences } from './Query/differences.js';
import { manifestSet } from './Query/manifestSet.js';
import { manifestSets } from './Query/manifestSets.js';
import { relationships } from './Query/relationships.js';
import { routePath } from './Query/routePath.js';
import { routePaths } from './Query/routePaths.js';
import { routeTests } from './Query/routeTests.js';
import { DestinationRule, Subset } from './types/DestinationRule.js';
import { DiagnosticRule, Diagnostics, Finding } from './types/Diagnostics.js';
import { Gateway, GatewayBinding, GatewayServer } from './types/Gateway.js';
import { ManifestSet } from './types/ManifestSet.js';
import { Pod } from './types/Pod.js';
import { Resource } from './types/Resource.js';
import { Revision } from './types/Revision.js';
import { RoutePath } from './types/RoutePath.js';
import { RouteTestReport } from './types/RouteTestReport.js';
import { DateTime, IntOrString, JSON } from './types/scalars.js';
import { Service } from './types/Service.js';
import { ServiceEndpoint, ServicePort } from './types/ServicePort.js';
import { ServiceEntry } from './types/ServiceEntry.js';
import { Sidecar } from './types/Sidecar.js';
import { VirtualService } from './types/VirtualService.js';
import { VirtualServiceDestination, VirtualServiceGateway, VirtualServiceHost } from './types/VirtualServiceLinks.js';
import { Workload } from './types/Workload.js';

export const resolvers: Resolvers = {
  Query: { manifestSet, manifestSets, routePath, routePaths, differences, diagnostics, diagnosticRules, relationships, routeTests },
  Mutation: { deleteManifestSet, uploadManifests },
  ManifestSet,
  Revision,
  Resource,
  RoutePath,
  Diagnostics,
  Finding,
  DiagnosticRule,
  RouteTestReport,
  Service,
  ServicePort,
  ServiceEndpoint,
  Pod,
  Workload,
  VirtualService,
  VirtualServiceHost,
  VirtualServiceGateway,
  VirtualServiceDestination,
  DestinationRule,
  Subset,
  Gateway,
  GatewayServer,
  GatewayBinding,
  ServiceEntry,
  Sidecar,
  JSON,
  DateTime,
  IntOrString,
};

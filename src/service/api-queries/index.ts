// Engine queries the HTTP adapters (GraphQL object fields, REST) need beyond src/service/explain.
export { filterObjects, listWorkloads, WORKLOAD_KINDS, type ObjectFilter } from './mesh-objects.js';
export { findingsOf } from './resource-findings.js';
export { serviceDestinationRules, serviceRoutedFrom, serviceVirtualServices } from './service-relations.js';
export { podVirtualServices, workloadPods, servicesOfPods } from './pod-relations.js';
export { groupedSubsets, type GroupedSubset } from './grouped-subsets.js';
export { checkRouteBatchSize, MAX_ROUTE_REQUESTS } from './route-batch.js';
export { revisionIndex } from './revision-index.js';

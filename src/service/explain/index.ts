// Engine use cases shared by the CLI, MCP, REST and GraphQL adapters.
export { loadLocalIndex, indexManifests, type LocalIndex } from './load-local-index.js';
export { routeRequestSchema, parseRouteRequest, parseRouteRequests } from './route-request-schema.js';
export { explainRoute, explainRoutes } from './explain-route.js';
export { renderRoutePath, type RouteFormat } from './render-route-path.js';
export { analyze, parseSeverity, reachesSeverity, SEVERITIES, type AnalyzeOptions, type AnalyzeResult } from './analyze.js';
export { renderFindingsText, renderFindingsMarkdown } from './render-findings.js';
export { listDiagnosticRules } from './list-diagnostic-rules.js';
export { relationshipsGraph, type RelationshipsQuery, type RelationshipsAnswer } from './relationships-graph.js';
export { compareDifferences, renderDifferences, type DifferencesQuery, type DifferencesAnswer } from './compare-differences.js';
export { describeResource, type DescribeResourceQuery, type ResourceDescription } from './describe-resource.js';
export { parseDataFile, type DataFile } from './parse-data-file.js';
export { runRouteTests, type RouteTestReport, type RouteTestResult } from './route-tests/run-route-tests.js';
export { parseRouteTestCases, parseRouteTestCasesFile } from './route-tests/parse-route-test-cases.js';
export { routeTestCaseSchema, routeTestCasesSchema, type RouteTestCase, type RouteExpectation } from './route-tests/route-test-case-schema.js';
export { renderRouteTestReportText, summaryLine } from './route-tests/render-route-test-report.js';
export { renderJunit } from './route-tests/render-junit.js';
export { readManifestFiles, formatProblem, type ManifestFile, type ManifestProblem } from './manifest-files.js';
export { decidedBy } from './route-tests/decided-by.js';

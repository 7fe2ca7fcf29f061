import type { RouteTestReportResolvers } from '../../../../generated/graphql.js';
import { renderJunit, renderRouteTestReportText } from '../../../../service/explain/index.js';

export const RouteTestReport: RouteTestReportResolvers = {
  text: (report) => renderRouteTestReportText(report),
  junit: (report) => renderJunit(report),
};

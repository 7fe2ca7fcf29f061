import type { RouteTestReport, RouteTestResult } from './run-route-tests.js';

/** One line per case (PASS/FAIL, the route that decided), the diff under each failure, then `N passed, M failed`. */
export function renderRouteTestReportText(report: RouteTestReport): string {
  const lines: string[] = [];
  for (const result of report.results) lines.push(...caseLines(result));
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(report: RouteTestReport): string {
  return `${report.passed} passed, ${report.failed} failed`;
}

function caseLines(result: RouteTestResult): string[] {
  const head = `${result.passed ? 'PASS' : 'FAIL'}  ${result.name}  (${result.decidedBy})`;
  if (result.passed) return [head];
  return [
    head,
    ...result.failures.map((f) => `      ${f.field}: expected ${f.expected}, got ${f.actual}`),
    `      answer: ${result.summary}`,
  ];
}

/** The failure text of one case, as JUnit's failure message and body use it. */
export function failureText(result: RouteTestResult): string {
  return result.failures.map((f) => `${f.field}: expected ${f.expected}, got ${f.actual}`).join('; ');
}

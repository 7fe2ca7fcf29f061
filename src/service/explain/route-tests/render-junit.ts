import { failureText } from './render-route-test-report.js';
import type { RouteTestReport } from './run-route-tests.js';

/** JUnit XML (the Ant/Surefire dialect CI systems read): one testsuite, one testcase per case. */
export function renderJunit(report: RouteTestReport, suiteName = 'mesh-explainer routing tests'): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(suiteName)}" tests="${report.total}" failures="${report.failed}" errors="0">`,
    `  <testsuite name="${xml(suiteName)}" tests="${report.total}" failures="${report.failed}" errors="0" skipped="0">`,
  ];
  for (const result of report.results) {
    out.push(`    <testcase classname="mesh-explainer.routing" name="${xml(result.name)}">`);
    if (!result.passed) {
      const message = failureText(result);
      const body = [message, `decided by: ${result.decidedBy}`, `answer: ${result.summary}`].join('\n');
      out.push(`      <failure message="${xml(message)}" type="RoutingExpectationFailed">${xml(body)}</failure>`);
    }
    out.push(`      <system-out>${xml(`${result.decidedBy}\n${result.summary}`)}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

// Characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) are dropped.
const FORBIDDEN_IN_XML = new RegExp('[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]', 'gu');

function xml(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

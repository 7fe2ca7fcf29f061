import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderJunit } from '../../../../src/service/explain/route-tests/render-junit.js';
import { renderRouteTestReportText } from '../../../../src/service/explain/route-tests/render-route-test-report.js';
import type { RouteTestReport } from '../../../../src/service/explain/route-tests/run-route-tests.js';

const report: RouteTestReport = {
  total: 2, passed: 1, failed: 1,
  results: [
    { name: 'jason <v2>', passed: true, request: { host: 'reviews' }, outcome: 'ROUTED', summary: 'ok', decidedBy: 'VirtualService default/reviews, route 0 at r.yaml:9', failures: [], checks: [] },
    {
      name: 'others & v3', passed: false, request: { host: 'reviews' }, outcome: 'ROUTED', summary: 'goes to "v1"', decidedBy: 'VirtualService default/reviews, route 1 at r.yaml:15',
      failures: [{ field: 'destinations', passed: false, expected: '[reviews subset v3]', actual: '[reviews subset v1]' }], checks: [],
    },
  ],
};

describe('routing test reports', () => {
  test('text: a line per case with the deciding route, the diff under a failure, a summary line', () => {
    const text = renderRouteTestReportText(report);
    assert.equal(text, [
      'PASS  jason <v2>  (VirtualService default/reviews, route 0 at r.yaml:9)',
      'FAIL  others & v3  (VirtualService default/reviews, route 1 at r.yaml:15)',
      '      destinations: expected [reviews subset v3], got [reviews subset v1]',
      '      answer: goes to "v1"',
      '1 passed, 1 failed',
      '',
    ].join('\n'));
  });

  test('JUnit: counts, one testcase per case, escaped text, a failure element only for failures', () => {
    const xml = renderJunit(report);
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="mesh-explainer routing tests" tests="2" failures="1" errors="0">/);
    assert.match(xml, /<testcase classname="mesh-explainer.routing" name="jason &lt;v2&gt;">/);
    assert.match(xml, /<testcase classname="mesh-explainer.routing" name="others &amp; v3">\n {6}<failure message="destinations: expected \[reviews subset v3\], got \[reviews subset v1\]"/);
    assert.equal((xml.match(/<failure /g) ?? []).length, 1);
    assert.match(xml, /answer: goes to &quot;v1&quot;/);
  });

  test('JUnit: characters XML 1.0 forbids are dropped', () => {
    const xml = renderJunit({ ...report, results: [{ ...report.results[0], name: 'bell\u0007 and tab\t' }] });
    assert.match(xml, /name="bell and tab\t"/);
  });
});

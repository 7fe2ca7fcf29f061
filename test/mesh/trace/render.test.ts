// Renderers: text, markdown (steps with file:line) and the Mermaid flowchart of the path.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, renderMermaid, renderText } from '../../../src/mesh/trace/index.js';
import { simulateFiles } from '../routing/helpers/simulate.js';

const B = '../shared/samples/bookinfo/';
const FILES = [`${B}platform/kube/bookinfo.yaml`, `${B}networking/destination-rule-all.yaml`, `${B}networking/virtual-service-reviews-50-v3.yaml`];
const routed = simulateFiles(FILES, { host: 'reviews', port: 9080 });
const missing = simulateFiles([`${B}platform/kube/bookinfo.yaml`, `${B}networking/virtual-service-all-v1.yaml`], { host: 'reviews', port: 9080 });

describe('renderers', () => {
  test('R4.2.2: renderText outcome and summary first, numbered steps with their citations, destinations, Kubernetes', () => {
    const text = renderText(routed);
    assert.ok(text.startsWith(`ROUTED: ${routed.summary}`));
    assert.match(text, / 1\. \[entry\/selected\]/);
    assert.match(text, /at \.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-reviews-50-v3\.yaml:\d+ \(VirtualService default\/reviews spec\.http\[0\]/);
    assert.match(text, /outbound\|9080\|v3\|reviews\.default\.svc\.cluster\.local 50% OK/);
    assert.match(text, /Kubernetes without the mesh: /);
  });

  test('R5.3.1: renderMarkdown steps are a list citing file:line, destinations a table', () => {
    const md = renderMarkdown(missing);
    assert.match(md, /^## GET \/ to reviews\n/);
    assert.match(md, /\*\*CLUSTER_NOT_FOUND\*\* · status 503 \(NC\)/);
    assert.match(md, /^- \*\*destination-rule\*\* \(failed\): No DestinationRule .*subset v1.*`\.\.\/shared\/samples\/bookinfo\/networking\/virtual-service-all-v1\.yaml:\d+` VirtualService default\/reviews `spec\.http\[0\]\.route\[0\]\.destination\.subset`$/m);
    assert.match(md, /\| `outbound\\\|9080\\\|v1\\\|reviews\.default\.svc\.cluster\.local` \| 100% \| CLUSTER_NOT_FOUND \| — \|/);
  });

  test('R4.2.2, R4.13.1: renderMermaid caller -> proxy -> VirtualService -> destinations -> Pods, or the answer when not forwarded', () => {
    const chart = renderMermaid(routed);
    assert.ok(chart.startsWith('flowchart LR\n'));
    assert.match(chart, /caller --> proxy/);
    assert.match(chart, /proxy --> vs/);
    assert.match(chart, /vs -->\|50%\| d0/);
    assert.match(chart, /d1 --> p1_0/);
    assert.match(chart, /Pod default\/reviews-v3-pod-0:9080/);
    const failed = renderMermaid(missing);
    assert.match(failed, /answer\(\("CLUSTER_NOT_FOUND 503 NC"\)\)/);
  });
});

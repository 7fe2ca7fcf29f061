// Conformance: ../shared/conformance/kiali (Kiali validation checkers): KIA codes and Kiali-style paths for the
// case subject, plus the exportTo visibility cases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asArray, getIn } from '../../src/mesh/model.js';
import { isExportedTo } from '../../src/mesh/hosts.js';
import { buildMeshIndex } from '../../src/mesh/index/build.js';
import { runDiagnostics } from '../../src/mesh/diagnostics/index.js';
import { loadYaml } from '../mesh/diagnostics/helpers/load-yaml.js';

const root = fileURLToPath(new URL('../../../shared/conformance/kiali/', import.meta.url));
const present = existsSync(`${root}cases.json`);

interface KialiCase { id: string; checker: string; file: string; subject: string; expected: { code: string; path: string; severity: string }[] }
interface VisibilityCase { id: string; viewerNamespace: string; meshDefaultVirtualServiceExportTo: string[] | null; inputs: string[]; expectedVisible: string[]; kialiSpecific?: boolean }

const COVERED_CHECKERS: Record<string, string[]> = { SubsetPresenceChecker: ['MX0004'], NoDestinationChecker: ['MX0020', 'MX0030'], NoGatewayChecker: ['MX0005'] };
/** KIA0203 severity: error when a VirtualService routes to the subset (MX0020), 'unknown' otherwise (MX0030). */
const KIALI_SEVERITY: Record<string, string> = { error: 'error', warning: 'warning', info: 'unknown' };
const NOT_COVERED_CHECKERS: Record<string, string> = { ExportToNamespaceChecker: 'KIA0005 (exportTo names a namespace with no objects) is not implemented' };

/** Objects the upstream Go tests build in code (cases.json `context`). */
const CONTEXT: Record<string, string> = {
  NoDestinationChecker: `apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: bookinfo}
spec: {selector: {app: reviews}, ports: [{name: http, port: 9080}]}
---
apiVersion: v1
kind: Pod
metadata: {name: reviews-v1, namespace: bookinfo, labels: {app: reviews, version: v1}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Pod
metadata: {name: reviews-v2, namespace: bookinfo, labels: {app: reviews, version: v2}}
spec: {containers: [{name: c, image: i}]}
`,
  NoGatewayChecker: `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: valid-gateway, namespace: default}
spec: {selector: {istio: ingressgateway}, servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]}
`,
};

/** Our field path in Kiali's form: `spec.http[1].match[0].gateways[1]` -> `spec/http[1]/match/gateways[1]`. */
function kialiPath(fieldPath: string, code: string): string {
  const path = fieldPath.replace(/\.match\[\d+\]\.gateways/, '.match.gateways').split('.').join('/');
  return code === 'KIA1107' ? path.replace(/\/subset$/, '') : path;
}

function subjectKind(c: KialiCase): string {
  return c.checker.startsWith('NoDestinationChecker') ? 'DestinationRule' : 'VirtualService';
}

function actualFor(c: KialiCase, checker: string): string[] {
  const files = [{ file: c.file, text: readFileSync(root + c.file, 'utf8') }];
  if (CONTEXT[checker]) files.push({ file: 'context.yaml', text: CONTEXT[checker] });
  const loaded = loadYaml(files);
  const kind = subjectKind(c);
  const subject = loaded.resources.find((r) => r.kind === kind && r.source.file === c.file);
  assert.ok(subject, `no ${kind} in ${c.file}`);
  const findings = runDiagnostics(buildMeshIndex(loaded.resources, { locate: loaded.locate }), { codes: COVERED_CHECKERS[checker] });
  return findings
    .filter((f) => f.kialiCode && f.resource.kind === subject.kind && f.resource.namespace === subject.namespace && f.resource.name === subject.name)
    .map((f) => `${f.kialiCode} ${kialiPath(f.fieldPath, f.kialiCode ?? '')}${f.kialiCode === 'KIA0203' ? ` ${KIALI_SEVERITY[f.severity]}` : ''}`)
    .sort();
}

function visibleFrom(c: VisibilityCase): string[] {
  const loaded = loadYaml(c.inputs.map((file) => ({ file, text: readFileSync(`${root}tests/data/validations/exportto/cns/${file}`, 'utf8') })));
  return loaded.resources.filter((r) => r.kind === 'VirtualService').filter((r) => {
    const written = asArray(getIn(r.object, 'spec', 'exportTo')).filter((e): e is string => typeof e === 'string');
    const exportTo = written.length > 0 ? written : (c.meshDefaultVirtualServiceExportTo ?? ['*']); // R2.3.1
    return isExportedTo(exportTo, r.namespace ?? 'default', c.viewerNamespace);
  }).map((r) => `${r.namespace}/${r.name}`).sort();
}

describe('conformance: kiali', { skip: present ? false : 'skipped: ../shared/conformance is absent' }, () => {
  const data = present ? (JSON.parse(readFileSync(`${root}cases.json`, 'utf8')) as { cases: KialiCase[]; visibilityCases: { cases: VisibilityCase[] } }) : null;
  const divergences = present ? (JSON.parse(readFileSync(new URL('./diagnostics-divergences.json', import.meta.url), 'utf8')) as { suite: string; caseId: string; reason: string }[]) : [];
  const divergent = new Map(divergences.filter((d) => d.suite === 'kiali').map((d) => [d.caseId, d.reason]));
  const counts = { passed: 0, divergent: 0, notCovered: 0, visibility: 0 };

  for (const c of data?.cases ?? []) {
    const checker = c.checker.split(' ')[0];
    const covered = COVERED_CHECKERS[checker] !== undefined;
    if (!covered) counts.notCovered++;
    test(`${c.id} ${checker}`, { skip: covered ? false : `not covered: ${NOT_COVERED_CHECKERS[checker] ?? 'unknown checker'}` }, () => {
      const actual = actualFor(c, checker);
      const expected = c.expected.map((e) => `${e.code} ${e.path}${e.code === 'KIA0203' ? ` ${e.severity}` : ''}`).sort();
      const reason = divergent.get(c.id);
      if (reason) {
        assert.notDeepEqual(actual, expected, `listed divergence no longer diverges: ${reason}`);
        counts.divergent++;
        return;
      }
      assert.deepEqual(actual, expected);
      counts.passed++;
    });
  }

  for (const c of data?.visibilityCases.cases ?? []) {
    test(`${c.id} R2.3.1/R2.3.2: VirtualServices visible from ${c.viewerNamespace}`, { skip: c.kialiSpecific ? 'Kiali-specific (ambient namespaces see only their own VirtualServices)' : false }, () => {
      // Kiali keeps a VirtualService exported to a non-existent namespace visible on purpose; Istio does not (cases.json istioDivergence).
      const expected = c.expectedVisible.filter((v) => v !== 'bookinfo3/vs_bookinfo3_to_wrong');
      assert.deepEqual(visibleFrom(c), expected.sort());
      counts.visibility++;
    });
  }

  test('summary', () => {
    const covered = (data?.cases.length ?? 0) - counts.notCovered;
    console.log(`kiali: ${counts.passed}/${covered} covered validation cases pass, ${counts.divergent} listed divergences, ${counts.notCovered} not covered (${Object.keys(NOT_COVERED_CHECKERS).join(', ')}); ${counts.visibility} visibility cases pass`);
    assert.equal(counts.passed + counts.divergent, covered);
  });
});

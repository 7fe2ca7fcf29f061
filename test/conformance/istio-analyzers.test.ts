// Conformance: ../shared/conformance/istio-analyzers (istioctl analyze's own test grid), compared as multisets of
// (IST code, "Kind ns/name"), keeping only our findings that map to the case analyzer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMeshIndex } from '../../src/mesh/index/build.js';
import { runDiagnostics } from '../../src/mesh/diagnostics/index.js';
import { loadYaml } from '../mesh/diagnostics/helpers/load-yaml.js';

const root = fileURLToPath(new URL('../../../shared/conformance/istio-analyzers/', import.meta.url));
const present = existsSync(`${root}cases.json`);

interface IstioCase { id: string; analyzer: string; inputFiles: string[]; meshConfigFile: string | null; expected: { code: string; resource: string }[] }
interface Divergence { suite: string; caseId: string; reason: string }

/** Our codes per covered analyzer. */
export const COVERED_ANALYZERS: Record<string, string[]> = {
  'virtualservice.DestinationHostAnalyzer': ['MX0001', 'MX0002', 'MX0003', 'MX0017'],
  'virtualservice.DestinationRuleAnalyzer': ['MX0004'],
  'virtualservice.GatewayAnalyzer': ['MX0005', 'MX0006'],
  'virtualservice.ConflictingMeshGatewayHostsAnalyzer': ['MX0007'],
  'virtualservice.JWTClaimRouteAnalyzer': ['MX0018'],
  'schema.ValidationAnalyzer.VirtualService': ['MX0008', 'MX0009'],
  'destinationrule.SubsetSelectPodAnalyzer': ['MX0019', 'MX0020', 'MX0030'],
  'gateway.IngressGatewayPortAnalyzer': ['MX0023', 'MX0024'],
  'gateway.ConflictingGatewayAnalyzer': ['MX0025'],
  'service.PortNameAnalyzer': ['MX0027'],
};

export const NOT_COVERED_ANALYZERS: Record<string, string> = {
  'gateway.SecretAnalyzer': 'TLS credentialName Secrets are not modelled (Secret contents are redacted at upload)',
  'gateway.CertificateAnalyzer': 'duplicate certificates across Gateways (IST0138) are not a routing question we answer',
  'deployment.MultiServiceAnalyzer': 'IST0116/IST0137 (Deployment with several Services) not implemented',
  'destinationrule.CaCertificateAnalyzer': 'TLS origination settings (IST0128/IST0129) are outside routing diagnostics',
  'serviceentry.Analyzer': 'ServiceEntry address allocation (IST0134) not implemented',
  'serviceentry.ConflictingServiceEntryProtocolAnalyzer': 'IST0177 not implemented',
  'conditions.ConditionAnalyzer': 'reads .status.conditions, which manifests rarely carry',
};

function resourceLabel(kind: string, namespace: string | null, name: string, omitted: boolean): string {
  return omitted || !namespace ? `${kind} ${name}` : `${kind} ${namespace}/${name}`;
}

function actualFor(c: IstioCase): string[] {
  const files = [...c.inputFiles, 'implicit-defaults.yaml'].map((file) => ({ file, text: readFileSync(root + file, 'utf8') }));
  const loaded = loadYaml(files);
  const index = buildMeshIndex(loaded.resources, { locate: loaded.locate });
  const omitted = new Set([...loaded.namespaceOmitted].map((r) => `${r.kind}/${r.namespace}/${r.name}`));
  return runDiagnostics(index, { codes: COVERED_ANALYZERS[c.analyzer] })
    .filter((f) => f.istioCode !== null)
    .map((f) => `${f.istioCode} ${resourceLabel(f.resource.kind, f.resource.namespace, f.resource.name, omitted.has(`${f.resource.kind}/${f.resource.namespace}/${f.resource.name}`))}`)
    .sort();
}

describe('conformance: istio analyzers', { skip: present ? false : 'skipped: ../shared/conformance is absent' }, () => {
  const cases: IstioCase[] = present ? (JSON.parse(readFileSync(`${root}cases.json`, 'utf8')) as { cases: IstioCase[] }).cases : [];
  const divergences: Divergence[] = present ? (JSON.parse(readFileSync(new URL('./diagnostics-divergences.json', import.meta.url), 'utf8')) as Divergence[]) : [];
  const divergent = new Map(divergences.filter((d) => d.suite === 'istio-analyzers').map((d) => [d.caseId, d.reason]));
  const counts = { passed: 0, divergent: 0, notCovered: 0 };

  for (const c of cases) {
    const uncovered = NOT_COVERED_ANALYZERS[c.analyzer];
    const codes = COVERED_ANALYZERS[c.analyzer];
    test(`${c.id} (${c.analyzer})`, { skip: codes ? false : `not covered: ${uncovered ?? 'analyzer unknown to the runner'}` }, () => {
      const expected = c.expected.map((e) => `${e.code} ${e.resource}`).sort();
      const actual = actualFor(c);
      const reason = divergent.get(c.id);
      if (reason) {
        assert.notDeepEqual(actual, expected, `listed divergence no longer diverges: ${reason}`);
        counts.divergent++;
        return;
      }
      assert.deepEqual(actual, expected);
      counts.passed++;
    });
    if (!codes) counts.notCovered++;
  }

  test('summary', () => {
    const covered = cases.length - counts.notCovered;
    console.log(`istio-analyzers: ${counts.passed}/${covered} covered cases pass, ${counts.divergent} listed divergences, ${counts.notCovered} cases not covered (${Object.keys(NOT_COVERED_ANALYZERS).join(', ')})`);
    assert.equal(counts.passed + counts.divergent, covered);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DIMENSIONS, DifferencesInputError, RESOURCE_KINDS, differences, parseResourceKind, supportedPairs,
} from '../../../src/mesh/differences/index.js';
import { KIND_KNOWLEDGE } from '../../../src/mesh/differences/kinds/index.js';
import { PAIR_KNOWLEDGE } from '../../../src/mesh/differences/pairs/index.js';

const reference = readFileSync(new URL('../../../../shared/reference/istio-routing.md', import.meta.url), 'utf8');
const OFFICIAL = /^https:\/\/(kubernetes\.io|istio\.io|gateway-api\.sigs\.k8s\.io)\//;

describe('differences: every supported pair', () => {
  for (const [a, b] of supportedPairs()) {
    for (const [kind, versus] of [[a, b], [b, a]] as const) {
      test(`${kind} vs ${versus}: every dimension present and non-empty`, () => {
        const d = differences(kind, versus);
        assert.deepEqual(d.dimensions.map((x) => x.id), DIMENSIONS.map((x) => x.id));
        for (const dim of d.dimensions) {
          for (const side of [dim.kind, dim.versus]) {
            assert.ok(side.value.trim().length > 0, `${dim.id} value`);
            assert.ok(side.explanation.trim().length > 0, `${dim.id} explanation`);
            assert.match(side.docUrl, OFFICIAL);
          }
        }
        const dependency = d.dimensions.find((x) => x.id === 'dependency');
        assert.ok(dependency?.note && dependency.note.length > 20, 'pair-level dependency note');
        const mistakes = d.dimensions.find((x) => x.id === 'typical-mistakes');
        for (const side of [mistakes!.kind, mistakes!.versus]) {
          assert.ok((side.mistakes ?? []).length > 0);
          for (const m of side.mistakes!) assert.ok(m.mistake.length > 0 && m.symptom.length > 0);
        }
      });
    }
  }
});

describe('differences: input', () => {
  test('parseResourceKind accepts VirtualService, virtualservice and VIRTUAL_SERVICE', () => {
    for (const spelling of ['VirtualService', 'virtualservice', 'VIRTUAL_SERVICE']) assert.equal(parseResourceKind(spelling), 'VIRTUAL_SERVICE');
    assert.equal(parseResourceKind('HTTPRoute'), 'HTTP_ROUTE');
    assert.equal(parseResourceKind('endpointslice'), 'ENDPOINT_SLICE');
  });

  test('versus defaults to Service', () => {
    const d = differences('VIRTUAL_SERVICE');
    assert.equal(d.versus, 'SERVICE');
    assert.equal(d.kindName, 'VirtualService');
    assert.equal(d.versusName, 'Service');
  });

  test('an unknown kind throws DifferencesInputError listing the supported kinds', () => {
    assert.throws(() => differences('Deployment'), (e: unknown) => {
      assert.ok(e instanceof DifferencesInputError);
      assert.equal(e.code, 'BAD_INPUT');
      assert.deepEqual(e.supportedKinds, [...RESOURCE_KINDS]);
      for (const name of ['Service', 'VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'EndpointSlice', 'Ingress', 'HTTPRoute']) {
        assert.ok(e.message.includes(name), name);
      }
      return true;
    });
  });

  test('an unsupported pair and a kind against itself list the supported pairs', () => {
    for (const [kind, versus] of [['ENDPOINT_SLICE', 'SIDECAR'], ['SERVICE', 'SERVICE']]) {
      assert.throws(() => differences(kind, versus), (e: unknown) => {
        assert.ok(e instanceof DifferencesInputError);
        assert.equal(e.supportedPairs.length, PAIR_KNOWLEDGE.length);
        assert.match(e.message, /Supported pairs: .*VirtualService\/Service/);
        return true;
      });
    }
  });

  test('every kind can be compared with at least one other kind', () => {
    for (const kind of RESOURCE_KINDS) {
      const other = PAIR_KNOWLEDGE.find((p) => p.kinds.includes(kind))?.kinds.find((k) => k !== kind);
      assert.ok(other, kind);
      assert.ok(differences(kind, other).comparableWith.includes(other));
    }
  });
});

function allKnowledgeTexts(): { where: string; text: string; rules: string[] }[] {
  const out: { where: string; text: string; rules: string[] }[] = [];
  for (const k of Object.values(KIND_KNOWLEDGE)) {
    for (const [id, e] of Object.entries(k.dimensions)) {
      out.push({ where: `${k.name}.${id}`, text: `${e.value} ${e.explanation}`, rules: e.rules ?? [] });
      for (const m of e.mistakes ?? []) out.push({ where: `${k.name}.${id}.mistake`, text: `${m.mistake} ${m.symptom}`, rules: m.rules ?? [] });
    }
  }
  for (const p of PAIR_KNOWLEDGE) {
    out.push({ where: `${p.kinds.join('/')}.dependency`, text: p.dependency, rules: p.dependencyRules ?? [] });
    for (const [id, note] of Object.entries(p.dimensionNotes ?? {})) out.push({ where: `${p.kinds.join('/')}.${id}`, text: note ?? '', rules: [] });
    for (const n of p.notes) out.push({ where: `${p.kinds.join('/')}.${n.title}`, text: n.text, rules: n.rules ?? [] });
  }
  return out;
}

describe('differences: consistency with the reference', () => {
  test('every cited rule id exists in istio-routing.md', () => {
    for (const { where, rules } of allKnowledgeTexts()) {
      for (const rule of rules) assert.ok(reference.includes(`**${rule}**`), `${where} cites ${rule}, which the reference does not define`);
    }
  });

  test('R3.1.1 R3.2.2: VirtualService traffic management says first match and string prefix', () => {
    const dim = differences('VIRTUAL_SERVICE').dimensions.find((d) => d.id === 'traffic-management')!;
    assert.match(dim.kind.explanation, /first match wins/);
    assert.match(dim.kind.explanation, /plain string prefix/);
    assert.ok(dim.kind.rules.includes('R3.2.2') && dim.kind.rules.includes('R3.1.1'));
  });

  test('R3.10.1 R1.2.3: VirtualService no-match is 404 NR, Service forwards everything', () => {
    const dim = differences('VIRTUAL_SERVICE').dimensions.find((d) => d.id === 'no-match-behaviour')!;
    assert.match(dim.kind.value, /404.*NR/);
    assert.match(dim.note ?? '', /404 NR/);
    assert.match(dim.versus.explanation, /never produces an HTTP status/);
  });

  test('R4.9.1: every default-retry statement says 2 retries', () => {
    const retryTexts = allKnowledgeTexts().filter((t) => /retr(y|ies)/i.test(t.text) && /default|unless set|without writing|defaults/i.test(t.text));
    assert.ok(retryTexts.length >= 2);
    for (const t of retryTexts) {
      const counts = [...t.text.matchAll(/(\d+) (?:hidden )?retries/g)].map((m) => m[1]);
      for (const c of counts) assert.equal(c, '2', `${t.where}: ${t.text}`);
    }
    assert.ok(retryTexts.some((t) => /2 retries/.test(t.text)));
  });

  test('R3.12.2 R5.8.1: default load balancing is LEAST_REQUEST, round robin only as DOC-DRIFT', () => {
    const texts = allKnowledgeTexts();
    assert.ok(texts.some((t) => /LEAST_REQUEST/.test(t.text) && t.rules.includes('R3.12.2')));
    for (const t of texts.filter((x) => /round[ -]robin/i.test(x.text))) assert.match(t.text, /DOC-DRIFT|docs/, t.where);
  });

  test('R5.1.2 R1.8.1: VirtualService vs Service dependency: registry used, ClusterIP not traversed', () => {
    const note = differences('VIRTUAL_SERVICE').dimensions.find((d) => d.id === 'dependency')!.note!;
    assert.match(note, /service registry/);
    assert.match(note, /does not pass through the ClusterIP/);
  });

  test('R3.2.2: HTTPRoute vs VirtualService notes contrast precedence/first match and segment/string prefix', () => {
    const notes = differences('HTTP_ROUTE', 'VIRTUAL_SERVICE').pairNotes.map((n) => `${n.title} ${n.text}`).join(' ');
    assert.match(notes, /Precedence vs first match/);
    assert.match(notes, /Segment prefix vs string prefix/);
    assert.match(notes, /\/v2example/);
  });

  test('R7.2.1: Gateway vs Service explains the LoadBalancer Service and the targetPort mapping', () => {
    const d = differences('GATEWAY', 'SERVICE');
    assert.match(d.dimensions.find((x) => x.id === 'dependency')!.note!, /LoadBalancer.*targetPort/);
    assert.ok(differences('GATEWAY', 'INGRESS').pairNotes.length > 0);
    assert.ok(differences('DESTINATION_RULE', 'SERVICE').pairNotes.some((n) => /subset/i.test(n.text)));
  });
});

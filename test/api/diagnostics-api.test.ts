import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { BOOKINFO, createApiTestApp, DESTINATION_RULES, networking, type ApiTestApp } from './api-test-app.js';

const ALL_V1 = networking('virtual-service-all-v1');
const SUBSET_LINES = [['details', 51], ['productpage', 12], ['ratings', 38], ['reviews', 25]];

const DIAGNOSTICS = `query($revision: Int, $minSeverity: Severity, $codes: [String!]) {
  diagnostics(set: "bookinfo", revision: $revision, minSeverity: $minSeverity, codes: $codes) {
    revision summary counts { error warning info }
    findings { code name severity message resource { kind namespace name } source { file line field } fieldPath symptom fix istioCode kialiCode rules }
    markdown text
  }
}`;

interface Finding { code: string; severity: string; message: string; resource: { name: string }; source: { file: string; line: number; field: string }; istioCode: string | null }

const subsetFindings = (findings: Finding[]) => findings
  .filter((f) => /^Subset v1 of .* is not defined/.test(f.message))
  .map((f) => [f.resource.name, f.source.line])
  .sort();

describe('diagnostics over GraphQL and REST: bookinfo + virtual-service-all-v1 without, then with, destination-rule-all', () => {
  let t: ApiTestApp;
  before(async () => {
    t = await createApiTestApp();
    await t.upload('bookinfo', [BOOKINFO, ALL_V1]);
    await t.upload('bookinfo', [BOOKINFO, DESTINATION_RULES, ALL_V1]);
  });
  after(() => t.close());

  test('GraphQL: without DestinationRules, subset v1 of every VirtualService is not defined, at each destination line', async () => {
    const { data } = await t.gql<{ diagnostics: { revision: number; findings: Finding[]; counts: { error: number }; markdown: string; text: string } }>(DIAGNOSTICS, { revision: 1 });
    const result = data.diagnostics;
    assert.equal(result.revision, 1);
    assert.deepEqual(subsetFindings(result.findings), SUBSET_LINES);
    const reviews = result.findings.find((f) => f.resource.name === 'reviews')!;
    assert.deepEqual([reviews.severity, reviews.istioCode, reviews.source.file, reviews.source.field], ['ERROR', 'IST0101', 'bookinfo/networking/virtual-service-all-v1.yaml', 'spec.http[0].route[0].destination.subset']);
    assert.ok(result.counts.error >= 4);
    assert.match(result.text, /virtual-service-all-v1\.yaml:25: error/);
    assert.match(result.markdown, /\*\*error /);
  });

  test('GraphQL: with destination-rule-all.yaml those findings disappear (latest revision)', async () => {
    const { data } = await t.gql<{ diagnostics: { revision: number; findings: Finding[] } }>(DIAGNOSTICS, {});
    assert.equal(data.diagnostics.revision, 2);
    assert.deepEqual(subsetFindings(data.diagnostics.findings), []);
  });

  test('GraphQL: minSeverity and codes filter; an unknown code is BAD_USER_INPUT; each object has its diagnostics', async () => {
    const code = (await t.gql<{ diagnostics: { findings: Finding[] } }>(DIAGNOSTICS, { revision: 1 })).data.diagnostics.findings[0].code;
    const only = await t.gql<{ diagnostics: { findings: Finding[] } }>(DIAGNOSTICS, { revision: 1, codes: [code], minSeverity: 'ERROR' });
    assert.ok(only.data.diagnostics.findings.length >= 4);
    assert.ok(only.data.diagnostics.findings.every((f) => f.code === code));
    const unknown = await t.gql(DIAGNOSTICS, { codes: ['MX9999'] }, { allowErrors: true });
    assert.equal(unknown.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    const objects = await t.gql<{ manifestSet: { revision: { virtualServices: { name: string; diagnostics: Finding[] }[]; diagnostics: { counts: { error: number } } } } }>(
      'query { manifestSet(name: "bookinfo") { revision(number: 1) { virtualServices(name: "reviews") { name diagnostics { code source { line } } } diagnostics(minSeverity: ERROR) { counts { error } } } } }');
    const revision = objects.data.manifestSet.revision;
    assert.deepEqual(revision.virtualServices[0].diagnostics.map((f) => [f.code, f.source.line]), [[code, 25]]);
    assert.ok(revision.diagnostics.counts.error >= 4);
  });

  test('diagnosticRules and GET /diagnostics/rules list the catalog', async () => {
    const { data } = await t.gql<{ diagnosticRules: { code: string; severity: string; docs: string }[] }>('{ diagnosticRules { code severity docs } }');
    assert.ok(data.diagnosticRules.length >= 20);
    assert.ok(data.diagnosticRules.every((r) => /^MX\d{4}$/.test(r.code) && ['ERROR', 'WARNING', 'INFO'].includes(r.severity)));
    const rest = await request(t.app).get('/api/v1/diagnostics/rules').expect(200);
    assert.deepEqual(rest.body.map((r: { code: string }) => r.code), data.diagnosticRules.map((r) => r.code));
  });

  test('REST: the same findings, ?revision, ?minSeverity, ?codes, ?format=text; bad values are 400', async () => {
    const broken = await request(t.app).get('/api/v1/sets/bookinfo/diagnostics?revision=1').expect(200);
    assert.equal(broken.body.revision, 1);
    assert.deepEqual(subsetFindings(broken.body.findings), SUBSET_LINES);
    assert.ok(broken.body.findings.every((f: Finding) => ['error', 'warning', 'info'].includes(f.severity)));
    const fixed = await request(t.app).get('/api/v1/sets/bookinfo/diagnostics').expect(200);
    assert.deepEqual(subsetFindings(fixed.body.findings), []);
    const code = broken.body.findings[0].code;
    const only = await request(t.app).get(`/api/v1/sets/bookinfo/diagnostics?revision=1&minSeverity=error&codes=${code}`).expect(200);
    assert.ok(only.body.findings.every((f: Finding) => f.code === code));
    const text = await request(t.app).get('/api/v1/sets/bookinfo/diagnostics?revision=1&format=text').expect(200);
    assert.match(text.text, /virtual-service-all-v1\.yaml:51: error/);
    await request(t.app).get('/api/v1/sets/bookinfo/diagnostics?minSeverity=fatal').expect(400);
    const unknown = await request(t.app).get('/api/v1/sets/bookinfo/diagnostics?codes=MX9999').expect(400);
    assert.match(unknown.body.detail, /MX9999/);
  });
});

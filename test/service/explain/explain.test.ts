import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../src/errors.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import {
  analyze, compareDifferences, describeResource, explainRoute, explainRoutes, indexManifests, loadLocalIndex, relationshipsGraph,
} from '../../../src/service/explain/index.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples/bookinfo');

async function rejectsWith(work: () => unknown, code: string, message: RegExp): Promise<void> {
  await assert.rejects(async () => work(), (error: unknown) => error instanceof AppError && error.code === code && message.test(error.message));
}

describe('explain use cases on bookinfo (local files)', () => {
  let broken: MeshIndex;
  before(async () => {
    broken = (await loadLocalIndex([`${SAMPLES}/platform/kube/bookinfo.yaml`, `${SAMPLES}/networking/virtual-service-all-v1.yaml`])).index;
  });

  test('explainRoute validates the request with the contract field names', async () => {
    await rejectsWith(() => explainRoute(broken, { host: '' }), 'BAD_INPUT', /request\.host: /);
    await rejectsWith(() => explainRoute(broken, { host: 'reviews', hedaers: [] }), 'BAD_INPUT', /Unrecognized key: "hedaers"/);
    await rejectsWith(() => explainRoutes(broken, [{ host: 'reviews' }, { host: 'reviews', port: 0 }]), 'BAD_INPUT', /requests\[1\]\.port: /);
    assert.equal(explainRoute(broken, { host: 'reviews', port: 9080 }).virtualService?.name, 'reviews');
  });

  test('R5.3: analyze reports subset v1 undefined for each VirtualService and reaches --fail-on error', () => {
    const result = analyze(broken, { failOn: 'error' });
    const subsets = result.findings.filter((f) => f.code === 'MX0004').map((f) => f.resource.name).sort();
    assert.deepEqual(subsets, ['details', 'productpage', 'ratings', 'reviews']);
    assert.equal(result.failed, true);
    assert.equal(analyze(broken, { failOn: 'error', minSeverity: 'error', codes: ['MX0001'] }).failed, false);
  });

  test('analyze refuses unknown severities and codes', async () => {
    await rejectsWith(() => analyze(broken, { minSeverity: 'fatal' }), 'BAD_INPUT', /minSeverity: unknown severity "fatal"/);
    await rejectsWith(() => analyze(broken, { codes: ['MX9999'] }), 'BAD_INPUT', /unknown code MX9999/);
  });

  test('relationships and describeResource: Service reviews selects 3 pods; unknown objects are NOT_FOUND', async () => {
    const graph = relationshipsGraph(broken, { kind: 'Service', name: 'reviews', depth: 1 });
    assert.equal(graph.edges.filter((e) => e.kind === 'selects').length, 3);
    assert.match(graph.mermaid, /^flowchart LR/);
    const description = describeResource(broken, { kind: 'VirtualService', name: 'reviews' });
    assert.equal(description.resource.source?.file, `${SAMPLES}/networking/virtual-service-all-v1.yaml`);
    assert.ok(description.findings.some((f) => f.code === 'MX0004'));
    assert.ok(description.related.some((r) => r.status === 'MISSING' || r.other.kind === 'Service'));
    await rejectsWith(() => relationshipsGraph(broken, { kind: 'Service', name: 'nope' }), 'NOT_FOUND', /Service default\/nope is not in the manifest set/);
    await rejectsWith(() => relationshipsGraph(broken, { kind: 'Service', name: 'reviews', depth: 9 }), 'BAD_INPUT', /depth: /);
  });

  test('compareDifferences: general answer, concrete with an index, BAD_INPUT for unknown kinds or a host without manifests', async () => {
    assert.equal(compareDifferences({ kind: 'VirtualService' }).concrete, null);
    const concrete = compareDifferences({ kind: 'VirtualService', host: 'reviews' }, broken).concrete;
    assert.equal(concrete?.service?.name, 'reviews');
    await rejectsWith(() => compareDifferences({ kind: 'Pod' }), 'BAD_INPUT', /Unknown kind "Pod"/);
    await rejectsWith(() => compareDifferences({ kind: 'VirtualService', host: 'reviews' }), 'BAD_INPUT', /host: a concrete comparison needs manifests/);
  });

  test('manifests an upload would refuse are BAD_INPUT with file:line:column: object: field: message', async () => {
    await rejectsWith(
      () => indexManifests([{ name: 'web.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: seventy\n' }]),
      'BAD_INPUT', /^the manifests were refused \(1 problem\):\nweb\.yaml:7:\d+: Service default\/web: spec\.ports\[0\]\.port: /,
    );
    await rejectsWith(() => loadLocalIndex(['/no/such/dir']), 'BAD_INPUT', /\/no\/such\/dir/);
  });
});

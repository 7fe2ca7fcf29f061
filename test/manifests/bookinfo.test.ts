import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFieldLocator } from '../../src/manifests/index.js';
import { byName, ingestOk, SHARED } from './helpers.js';

const BOOKINFO = join(SHARED, 'samples/bookinfo/platform/kube/bookinfo.yaml');
const NETWORKING = join(SHARED, 'samples/bookinfo/networking');

function sample(path: string, name: string) {
  return { name, content: new Uint8Array(readFileSync(path)) };
}

describe('bookinfo sample', () => {
  test('bookinfo.yaml: every object, with its document index, line and column', () => {
    const { resources, countsByKind, warnings } = ingestOk([sample(BOOKINFO, 'bookinfo.yaml')]);
    assert.deepEqual(
      resources.map((r) => `${r.kind} ${r.namespace}/${r.name} doc ${r.source.docIndex} line ${r.source.line}:${r.source.column}`),
      [
        'Service default/details doc 0 line 32:1',
        'ServiceAccount default/bookinfo-details doc 1 line 46:1',
        'Deployment default/details-v1 doc 2 line 53:1',
        'Service default/ratings doc 3 line 83:1',
        'ServiceAccount default/bookinfo-ratings doc 4 line 97:1',
        'Deployment default/ratings-v1 doc 5 line 104:1',
        'Service default/reviews doc 6 line 134:1',
        'ServiceAccount default/bookinfo-reviews doc 7 line 148:1',
        'Deployment default/reviews-v1 doc 8 line 155:1',
        'Deployment default/reviews-v2 doc 9 line 195:1',
        'Deployment default/reviews-v3 doc 10 line 235:1',
        'Service default/productpage doc 11 line 278:1',
        'ServiceAccount default/bookinfo-productpage doc 12 line 292:1',
        'Deployment default/productpage-v1 doc 13 line 299:1',
      ],
    );
    assert.deepEqual(countsByKind, { Service: 4, ServiceAccount: 4, Deployment: 6 });
    assert.deepEqual(warnings.map((w) => w.code), ['not-interpreted']);
    const details = byName(resources, 'Service', 'details');
    assert.deepEqual(details.labels, { app: 'details', service: 'details' });
    assert.deepEqual((details.object.spec as { ports: unknown }).ports, [{ port: 9080, name: 'http' }]);
  });

  test('bookinfo.yaml with gateway, destination rules and virtual-service-all-v1 uploads as one revision', () => {
    const result = ingestOk([
      sample(BOOKINFO, 'bookinfo.yaml'),
      sample(join(NETWORKING, 'bookinfo-gateway.yaml'), 'bookinfo-gateway.yaml'),
      sample(join(NETWORKING, 'destination-rule-all.yaml'), 'destination-rule-all.yaml'),
      sample(join(NETWORKING, 'virtual-service-all-v1.yaml'), 'virtual-service-all-v1.yaml'),
    ]);
    assert.deepEqual(result.countsByKind, { Service: 4, ServiceAccount: 4, Deployment: 6, Gateway: 1, VirtualService: 5, DestinationRule: 4 });
    assert.deepEqual(byName(result.resources, 'VirtualService', 'reviews').source, { file: 'virtual-service-all-v1.yaml', docIndex: 1, line: 14, column: 1 });
    assert.deepEqual(result.files.map((f) => f.name), ['bookinfo.yaml', 'bookinfo-gateway.yaml', 'destination-rule-all.yaml', 'virtual-service-all-v1.yaml']);
  });
});

describe('createFieldLocator', () => {
  const upload = () => {
    const files = [sample(join(NETWORKING, 'virtual-service-all-v1.yaml'), 'all-v1.yaml'), sample(join(NETWORKING, 'virtual-service-reviews-jason-v2-v3.yaml'), 'jason.yaml')];
    const result = ingestOk([files[0]]);
    const second = ingestOk([files[1]]);
    const texts = [...result.files, ...second.files];
    return { resources: [...result.resources, ...second.resources], locate: createFieldLocator(texts) };
  };

  test('returns the exact line of spec.http[0].route[0].destination.host in a bookinfo VirtualService', () => {
    const { resources, locate } = upload();
    const reviews = resources.find((r) => r.name === 'reviews' && r.source.file === 'all-v1.yaml');
    assert.ok(reviews);
    assert.deepEqual(locate(reviews, 'spec.http[0].route[0].destination.host'), { line: 24, column: 9 });
    const ratings = resources.find((r) => r.name === 'ratings');
    assert.ok(ratings);
    assert.deepEqual(locate(ratings, 'spec.http[0].route[0].destination.host'), { line: 37, column: 9 });
  });

  test('map keys, list items, the object itself; undefined when the field is not written', () => {
    const { resources, locate } = upload();
    const jason = resources.find((r) => r.source.file === 'jason.yaml');
    assert.ok(jason);
    assert.deepEqual(locate(jason, ''), { line: 1, column: 1 });
    assert.deepEqual(locate(jason, 'spec.http'), { line: 8, column: 3 });
    assert.deepEqual(locate(jason, 'spec.http[1]'), { line: 17, column: 5 });
    assert.deepEqual(locate(jason, 'spec.http[0].match[0].headers.end-user.exact'), { line: 12, column: 11 });
    assert.deepEqual(locate(jason, 'spec.http[0].match[0].headers["end-user"]'), { line: 11, column: 9 });
    assert.deepEqual(locate(jason, 'spec.http[1].route[0].destination.subset'), { line: 20, column: 9 });
    assert.equal(locate(jason, 'spec.http[2]'), undefined);
    assert.equal(locate(jason, 'spec.tcp'), undefined);
    assert.equal(locate(jason, 'spec..x'), undefined);
  });

  test('List items are located inside their own item; CRLF files keep their lines', () => {
    const text = [
      'apiVersion: v1', 'kind: List', 'items:',
      '- apiVersion: v1', '  kind: Service', '  metadata: {name: a}', '  spec:', '    ports:', '    - port: 80',
      '- apiVersion: v1', '  kind: Service', '  metadata: {name: b}', '  spec:', '    ports:', '    - port: 81', '',
    ].join('\r\n');
    const result = ingestOk([{ name: 'list.yaml', content: text }]);
    const locate = createFieldLocator(result.files);
    const [a, b] = result.resources;
    assert.deepEqual(locate(a, 'spec.ports[0].port'), { line: 9, column: 7 });
    assert.deepEqual(locate(b, 'spec.ports[0].port'), { line: 15, column: 7 });
    assert.deepEqual(locate(b, 'metadata.name'), { line: 12, column: 14 });
  });

  test('documents after others in the same file map back to file lines', () => {
    const text = '# c\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n\n--- \napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n';
    const result = ingestOk([{ name: 'ns.yaml', content: text }]);
    const locate = createFieldLocator(result.files);
    assert.deepEqual(locate(result.resources[1], 'metadata.name'), { line: 12, column: 3 });
    assert.equal(result.resources[1].source.docIndex, 2);
    assert.equal(locate({ ...result.resources[1], source: { ...result.resources[1].source, file: 'other.yaml' } }, 'metadata'), undefined);
  });
});

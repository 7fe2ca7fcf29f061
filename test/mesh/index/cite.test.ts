import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { parentFieldPath } from '../../../src/mesh/index/cite.js';

const TEXT = `apiVersion: v1
kind: Service
metadata: {name: other, namespace: default}
spec: {ports: [{port: 1}]}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: r
  namespace: default
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
`;

describe('cite', () => {
  test('walks a field path up to its parents', () => {
    assert.equal(parentFieldPath('spec.http[0].route[1]'), 'spec.http[0].route');
    assert.equal(parentFieldPath('spec.http[0]'), 'spec.http');
    assert.equal(parentFieldPath('spec'), '');
    assert.equal(parentFieldPath(''), null);
  });
  test('with a locator: the field line, or the nearest written parent', () => {
    const index = indexOf(TEXT, true);
    const vs = index.virtualService('default', 'r')!.resource;
    assert.deepEqual(index.cite(vs, 'spec.hosts[0]'), { kind: 'VirtualService', namespace: 'default', name: 'r', file: 'inline.yaml', line: 13, field: 'spec.hosts[0]' });
    assert.equal(index.cite(vs, 'spec.http[0].route[0].destination.host').line, 17);
    assert.equal(index.cite(vs, 'spec.http[0].route[0].destination.port.number').line, 16, 'falls back to destination');
  });
  test('without a locator: the document start', () => {
    const index = indexOf(TEXT);
    const vs = index.virtualService('default', 'r')!.resource;
    assert.equal(index.cite(vs, 'spec.hosts[0]').line, vs.source.line);
    assert.equal(index.cite(vs, 'spec.hosts[0]').field, 'spec.hosts[0]');
  });
});

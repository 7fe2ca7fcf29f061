import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestManifests } from '../../../src/manifests/index.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import { allVirtualServiceDestinations, hostServices } from '../../../src/mesh/relationships/index.js';
import { podVirtualServices, serviceDestinationRules, serviceRoutedFrom } from '../../../src/service/api-queries/index.js';

const SAMPLES = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));

const MESH = `
apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: default}
spec: {selector: {app: reviews}, ports: [{port: 9080, name: http}]}
---
apiVersion: v1
kind: Service
metadata: {name: reviews-alias, namespace: other}
spec: {type: ExternalName, externalName: reviews.default.svc.cluster.local}
---
apiVersion: v1
kind: Pod
metadata: {name: reviews-v1, namespace: default, labels: {app: reviews, version: v1}}
spec: {containers: [{name: app, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: reviews-v2, namespace: default, labels: {app: reviews, version: v2}}
spec: {containers: [{name: app, image: x}]}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ghost, namespace: default}
spec: {hosts: [ghost], http: [{route: [{destination: {host: ghost.example.com}}]}]}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: mirror-by-alias, namespace: other}
spec: {hosts: [front], http: [{route: [{destination: {host: front}}], mirror: {host: reviews-alias}}]}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews-v1, namespace: default}
spec: {hosts: [reviews], http: [{route: [{destination: {host: reviews, subset: v1}}]}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: everything, namespace: default}
spec: {host: "*.svc.cluster.local"}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: front, namespace: other}
spec: {host: front}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews, namespace: default}
spec: {host: reviews, subsets: [{name: v1, labels: {version: v1}}]}
`;

function indexOf(files: { name: string; content: string }[]): MeshIndex {
  const result = ingestManifests(files);
  if (!result.ok) assert.fail(JSON.stringify(result.problems));
  return buildMeshIndex(result.resources);
}

/** Fails the test if anything resolves a destination to `host` (the index is asked about it). */
function refusing(index: MeshIndex, host: string): MeshIndex {
  return new Proxy(index, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if ((property !== 'serviceByFqdn' && property !== 'serviceEntriesForHost') || typeof value !== 'function') return value;
      return (asked: string) => {
        if (asked === host) assert.fail(`${host} was resolved`);
        return (value as (h: string) => unknown).call(target, asked);
      };
    },
  });
}

const names = (items: readonly { name: string }[]) => items.map((item) => item.name);

describe('per-object relations of a Service and a Pod', () => {
  test('routedFrom: by name and through an ExternalName alias (R5.4.2), without resolving unrelated VirtualServices', () => {
    const index = refusing(indexOf([{ name: 'mesh.yaml', content: MESH }]), 'ghost.example.com');
    const reviews = index.service('default', 'reviews')!;
    assert.deepEqual(names(serviceRoutedFrom(index, reviews)), ['mirror-by-alias', 'reviews-v1']);
  });

  test('Pod virtualServices: subset applied, mirror through the alias included, unrelated VirtualServices not resolved', () => {
    const index = refusing(indexOf([{ name: 'mesh.yaml', content: MESH }]), 'ghost.example.com');
    assert.deepEqual(names(podVirtualServices(index, index.pod('default', 'reviews-v1')!)), ['mirror-by-alias', 'reviews-v1']);
    assert.deepEqual(names(podVirtualServices(index, index.pod('default', 'reviews-v2')!)), ['mirror-by-alias']);
  });

  test('destinationRules: the rule for its host and the wildcard rules covering it (R5.5.5), in set order', () => {
    const index = indexOf([{ name: 'mesh.yaml', content: MESH }]);
    assert.deepEqual(names(serviceDestinationRules(index, index.service('default', 'reviews')!)), ['everything', 'reviews']);
    assert.deepEqual(names(serviceDestinationRules(index, index.service('other', 'reviews-alias')!)), ['everything']);
  });

  test('same answers as resolving every VirtualService of the set (bookinfo and the small mesh above)', () => {
    const bookinfo = ['bookinfo/platform/kube/bookinfo.yaml', 'bookinfo/networking/destination-rule-all.yaml', 'bookinfo/networking/virtual-service-reviews-jason-v2-v3.yaml', 'bookinfo/networking/virtual-service-ratings-test-abort.yaml']
      .map((path) => ({ name: path, content: readFileSync(SAMPLES + path, 'utf8') }));
    for (const index of [indexOf(bookinfo), indexOf([{ name: 'mesh.yaml', content: MESH }])]) {
      const everything = allVirtualServiceDestinations(index);
      for (const service of index.services) {
        const expected = [...new Set(everything.filter((d) => d.service === service).map((d) => d.virtualService))];
        assert.deepEqual(serviceRoutedFrom(index, service), expected, service.fqdn);
        assert.deepEqual(serviceDestinationRules(index, service), index.destinationRules.filter((rule) => hostServices(index, rule).services.includes(service)));
      }
      for (const pod of index.pods) {
        const expected = [...new Set(everything.filter((d) => d.pods.includes(pod)).map((d) => d.virtualService))];
        assert.deepEqual(podVirtualServices(index, pod), expected, pod.name);
      }
    }
  });
});

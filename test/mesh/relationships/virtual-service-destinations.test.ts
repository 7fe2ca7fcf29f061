import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { resolveDestination, subsetEndpoints, subsetPods, virtualServiceDestinations } from '../../../src/mesh/relationships/index.js';

const BASE = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-v1, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, version: v1}}
    spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec: {selector: {app: web}, ports: [{name: http, port: 80}, {name: http-admin, port: 81}]}
---
apiVersion: v1
kind: Service
metadata: {name: empty, namespace: default}
spec: {selector: {app: nothing}, ports: [{name: http, port: 80}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: default}
spec:
  host: web
  subsets: [{name: v1, labels: {version: v1}}, {name: v9, labels: {version: v9}}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ext, namespace: default}
spec: {hosts: [api.example.com], ports: [{number: 443, name: tls, protocol: TLS}], resolution: DNS}
`;
/** One http rule per destination (several unweighted destinations in one route are rejected at ingest). */
const virtualService = (routes: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: default}
spec:
  hosts: [web]
  http:
${routes.split('\n').filter(Boolean).map((r) => `  - route:\n${r}\n`).join('')}`;
const vs = (routes: string) => `${BASE}---\n${virtualService(routes)}`;
const statuses = (text: string) => {
  const index = indexOf(text);
  return virtualServiceDestinations(index, index.virtualService('default', 'vs')!);
};

describe('VirtualService destinations', () => {
  test('R5.6.1: host + port + subset resolve to the Service port and the subset pods', () => {
    const [d] = statuses(vs('    - destination: {host: web, port: {number: 80}, subset: v1}\n'));
    assert.equal(d.status, 'OK');
    assert.equal(d.servicePort?.name, 'http');
    assert.equal(d.destinationRule?.rule?.rules[0].name, 'web');
    assert.deepEqual(d.pods.map((p) => p.name), ['web-v1-pod-0']);
    assert.ok(d.notes.some((n) => /assumed/.test(n)));
  });
  test('R1.1.1: an unknown host is MISSING with the reason; a dotted host is taken literally', () => {
    const [short, dotted] = statuses(vs('    - destination: {host: nowhere}\n    - destination: {host: web.default}\n'));
    assert.equal(short.status, 'MISSING');
    assert.match(short.reason!, /unknown host nowhere\.default\.svc\.cluster\.local.*expanded in the VirtualService namespace default/);
    assert.equal(dotted.status, 'MISSING');
    assert.match(dotted.reason!, /contains a dot and is taken literally \(R1\.1\.1\)/);
  });
  test('R5.2.2: a port the Service does not expose is MISSING; R5.2.1: no port on a multi-port Service uses the listener port', () => {
    const [bad, none] = statuses(vs('    - destination: {host: web, port: {number: 8080}}\n    - destination: {host: web}\n'));
    assert.equal(bad.status, 'MISSING');
    assert.match(bad.reason!, /port 8080 is not a port of Service default\/web \(ports: 80, 81\)/);
    assert.equal(none.status, 'OK');
    assert.equal(none.servicePort, null);
    assert.ok(none.notes.some((n) => /listener port/.test(n)));
  });
  test('R5.6.3: a subset without DestinationRule, or not defined in it, is MISSING', () => {
    const [undefinedSubset, noRule] = statuses(vs('    - destination: {host: web, port: {number: 80}, subset: v2}\n    - destination: {host: empty, subset: v1}\n'));
    assert.equal(undefinedSubset.status, 'MISSING');
    assert.match(undefinedSubset.reason!, /subset v2 is not defined in DestinationRule default\/web/);
    assert.equal(noRule.status, 'MISSING');
    assert.match(noRule.reason!, /no DestinationRule for empty\.default\.svc\.cluster\.local/);
  });
  test('R5.6.1/R5.6.2: a subset that selects no pod is MISSING; a Service selecting nothing too', () => {
    const [v9, empty] = statuses(vs('    - destination: {host: web, port: {number: 80}, subset: v9}\n    - destination: {host: empty}\n'));
    assert.equal(v9.status, 'MISSING');
    assert.match(v9.reason!, /subset v9 .* selects no pod/);
    assert.equal(empty.status, 'MISSING');
    assert.match(empty.reason!, /has no endpoints/);
  });
  test('R5.1.3: a ServiceEntry host resolves; mirrors and tcp routes are destinations too', () => {
    const text = `${BASE}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: default}
spec:
  hosts: [web]
  http:
  - route: [{destination: {host: web, port: {number: 80}}, weight: 90}, {destination: {host: api.example.com, port: {number: 443}}, weight: 10}]
    mirror: {host: web, port: {number: 81}}
  tcp:
  - route: [{destination: {host: web, port: {number: 81}}}]
`;
    const all = statuses(text);
    assert.deepEqual(all.map((d) => [d.fieldPath, d.role, d.weight, d.status]), [
      ['spec.http[0].route[0].destination', 'route', 90, 'OK'],
      ['spec.http[0].route[1].destination', 'route', 10, 'OK'],
      ['spec.http[0].mirror', 'mirror', null, 'OK'],
      ['spec.tcp[0].route[0].destination', 'route', null, 'OK'],
    ]);
    assert.equal(all[1].serviceEntries[0].name, 'ext');
  });
  test('R5.4.2: a destination naming an ExternalName alias reaches the concrete Service', () => {
    const alias = `${BASE}---\napiVersion: v1\nkind: Service\nmetadata: {name: alias, namespace: default}\nspec: {type: ExternalName, externalName: web.default.svc.cluster.local}\n`;
    const index = indexOf(`${alias}---\n${virtualService('    - destination: {host: alias, port: {number: 80}}\n')}`);
    const d = resolveDestination(index, index.virtualService('default', 'vs')!, { host: 'alias', port: 80 });
    assert.equal(d.status, 'OK');
    assert.equal(d.service?.name, 'web');
    assert.ok(d.notes.some((n) => /ExternalName alias/.test(n)));
  });
  test('R5.6.1: subset pods are service selector ∪ subset labels; a conflicting label selects nothing', () => {
    const index = indexOf(BASE);
    const web = index.service('default', 'web')!;
    assert.deepEqual(subsetPods(index, web, { version: 'v1' }).map((p) => p.name), ['web-v1-pod-0']);
    assert.deepEqual(subsetPods(index, web, { app: 'other' }), []);
    assert.equal(subsetPods(index, web, {}).length, 1);
    assert.deepEqual(subsetEndpoints(index, web, web.ports[0], { version: 'v1' }).map((e) => e.port), [80]);
  });
});

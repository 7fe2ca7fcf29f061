import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';

const pod = (name: string, labels: string, ports: string, status = 'status: {phase: Running, podIP: 10.0.0.1, conditions: [{type: Ready, status: "True"}]}') => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: default, labels: ${labels}}
spec: {containers: [{name: c, image: x, ports: ${ports}}]}
${status}
`;
const service = (name: string, spec: string, metadata = '') => `
apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default${metadata}}
spec:
${spec}`;

describe('services and endpoints', () => {
  test('R6.2.1: a named targetPort is resolved per pod; R6.2.4: a pod without it gets port null and a problem', () => {
    const index = indexOf([
      pod('a', '{app: web}', '[{containerPort: 8080, name: http}]'),
      pod('b', '{app: web}', '[{containerPort: 9090, name: http}]'),
      pod('c', '{app: web}', '[{containerPort: 7070, name: other}]'),
      service('web', '  selector: {app: web}\n  ports: [{name: http, port: 80, targetPort: http}]\n'),
    ].join('---'));
    const web = index.service('default', 'web')!;
    const endpoints = index.endpoints(web, web.ports[0]);
    const byPod = new Map(endpoints.map((e) => [e.pod!.name, e]));
    assert.equal(byPod.get('a')!.port, 8080);
    assert.equal(byPod.get('b')!.port, 9090);
    assert.equal(byPod.get('c')!.port, null);
    assert.match(byPod.get('c')!.problem!, /no container port named "http".*R6\.2\.4, UNVERIFIED/);
    assert.equal(byPod.get('a')!.via, 'selector');
    assert.equal(byPod.get('a')!.ip, '10.0.0.1');
  });
  test('R6.2.1: targetPort defaults to port; a number is used as-is', () => {
    const index = indexOf(pod('a', '{app: web}', '[]') + '---' + service('web', '  selector: {app: web}\n  ports: [{name: http, port: 80}, {name: http-alt, port: 81, targetPort: 8081}]\n'));
    const web = index.service('default', 'web')!;
    assert.equal(web.ports[0].targetPort, 80);
    assert.equal(web.ports[0].targetPortDefaulted, true);
    assert.equal(web.ports[1].targetPortDefaulted, false);
    assert.equal(index.endpoints(web, web.ports[0])[0].port, 80);
    assert.equal(index.endpoints(web, web.ports[1])[0].port, 8081);
  });
  test('R6.1.2: not-ready pods are endpoints but not ready, unless publishNotReadyAddresses', () => {
    const unready = 'status: {phase: Pending}';
    const text = pod('a', '{app: web}', '[]', unready) + '---' + service('web', '  selector: {app: web}\n  ports: [{port: 80}]\n') + '---' +
      service('web-all', '  publishNotReadyAddresses: true\n  selector: {app: web}\n  ports: [{port: 80}]\n');
    const index = indexOf(text);
    const web = index.service('default', 'web')!;
    const all = index.service('default', 'web-all')!;
    assert.equal(index.endpoints(web, web.ports[0])[0].ready, false);
    assert.equal(index.endpoints(all, all.ports[0])[0].ready, true);
  });
  test('R6.1.1: Services select pods of their own namespace only; servicesSelecting is the reverse', () => {
    const other = pod('x', '{app: web}', '[]').replace('namespace: default', 'namespace: other');
    const index = indexOf(pod('a', '{app: web}', '[]') + '---' + other + '---' + service('web', '  selector: {app: web}\n  ports: [{port: 80}]\n'));
    const web = index.service('default', 'web')!;
    assert.deepEqual(index.endpoints(web, web.ports[0]).map((e) => e.pod!.name), ['a']);
    assert.deepEqual(index.servicesSelecting(index.pod('default', 'a')!).map((s) => s.name), ['web']);
    assert.deepEqual(index.servicesSelecting(index.pod('other', 'x')!), []);
  });
  test('R6.1.1: an empty selector selects nothing', () => {
    const index = indexOf(pod('a', '{app: web}', '[]') + '---' + service('web', '  selector: {}\n  ports: [{port: 80}]\n'));
    const web = index.service('default', 'web')!;
    assert.equal(web.selector, null);
    assert.deepEqual(index.endpoints(web, web.ports[0]), []);
  });
  test('R6.3.1: a Service without selector uses its EndpointSlices, matched by port name, terminating dropped', () => {
    const index = indexOf(pod('a', '{app: db}', '[]') + '---' + service('db', '  ports: [{name: tcp-db, port: 5432}]\n') + `---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: db-abc, namespace: default, labels: {kubernetes.io/service-name: db}}
addressType: IPv4
ports: [{name: tcp-db, port: 15432}]
endpoints:
- addresses: [10.1.0.1]
  targetRef: {kind: Pod, name: a, namespace: default}
- addresses: [10.1.0.2]
  conditions: {ready: false}
- addresses: [10.1.0.3]
  conditions: {terminating: true}
`);
    const db = index.service('default', 'db')!;
    const endpoints = index.endpoints(db, db.ports[0]);
    assert.deepEqual(endpoints.map((e) => [e.ip, e.port, e.ready, e.via, e.pod?.name ?? null]), [
      ['10.1.0.1', 15432, true, 'EndpointSlice', 'a'],
      ['10.1.0.2', 15432, false, 'EndpointSlice', null],
    ]);
  });
  test('R6.3.1: legacy Endpoints are converted to the slice view (notReadyAddresses not ready)', () => {
    const index = indexOf(service('ext', '  ports: [{name: http, port: 80}]\n') + `---
apiVersion: v1
kind: Endpoints
metadata: {name: ext, namespace: default}
subsets:
- addresses: [{ip: 192.168.1.10}]
  notReadyAddresses: [{ip: 192.168.1.11}]
  ports: [{name: http, port: 8080}]
`);
    const ext = index.service('default', 'ext')!;
    assert.deepEqual(index.endpoints(ext, ext.ports[0]).map((e) => [e.ip, e.port, e.ready, e.via]), [
      ['192.168.1.10', 8080, true, 'Endpoints'],
      ['192.168.1.11', 8080, false, 'Endpoints'],
    ]);
  });
  test('R6.4: headless, ExternalName, NodePort and LoadBalancer are read', () => {
    const index = indexOf([
      service('headless', '  clusterIP: None\n  selector: {app: web}\n  ports: [{port: 80}]\n'),
      service('alias', '  type: ExternalName\n  externalName: Web.Default.svc.cluster.local\n  selector: {app: web}\n'),
      service('np', '  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80, nodePort: 30080}]\n'),
      service('lb', '  type: LoadBalancer\n  selector: {app: web}\n  ports: [{port: 80}]\n'),
      pod('a', '{app: web}', '[]'),
    ].join('---'));
    const headless = index.service('default', 'headless')!;
    assert.equal(headless.headless, true);
    assert.equal(headless.clusterIP, 'None');
    const alias = index.service('default', 'alias')!;
    assert.equal(alias.type, 'ExternalName');
    assert.equal(alias.externalName, 'web.default.svc.cluster.local');
    assert.equal(alias.selector, null, 'R6.1.1: ExternalName ignores the selector');
    assert.equal(index.servicesSelecting(index.pod('default', 'a')!).some((s) => s.name === 'alias'), false);
    const np = index.service('default', 'np')!;
    assert.equal(np.type, 'NodePort');
    assert.equal(np.ports[0].nodePort, 30080);
    assert.equal(index.service('default', 'lb')!.type, 'LoadBalancer');
    assert.equal(index.serviceByFqdn('NP.default.svc.cluster.local')?.name, 'np');
  });
  test('R6.6.1: port protocol comes from appProtocol, else the name prefix', () => {
    const index = indexOf(service('web', '  selector: {app: web}\n  ports:\n  - {name: http-web, port: 80}\n  - {name: http, appProtocol: tcp, port: 81}\n  - {name: web, port: 82}\n'));
    const ports = index.service('default', 'web')!.ports;
    assert.deepEqual(ports.map((p) => p.istio.protocol), ['HTTP', 'TCP', 'UNSUPPORTED']);
    assert.equal(ports[1].appProtocol, 'tcp');
  });
  test('R2.3.4: Service exportTo comes from the networking.istio.io/exportTo annotation, comma separated', () => {
    const index = indexOf(service('a', '  ports: [{port: 80}]\n', ', annotations: {networking.istio.io/exportTo: ".,  istio-system"}') + '---' + service('b', '  ports: [{port: 80}]\n'));
    assert.deepEqual(index.service('default', 'a')!.exportTo, ['.', 'istio-system']);
    assert.deepEqual(index.service('default', 'b')!.exportTo, ['*']);
  });
});

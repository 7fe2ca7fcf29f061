import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';

const deployment = (name: string, extra = '') => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
${extra}  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}, version: v1}}
    spec:
      containers:
      - name: c
        image: x
        ports: [{containerPort: 8080, name: http}]
`;

describe('workloads', () => {
  test('issue 3 §2: a Deployment without replicas implies one pod named <owner>-pod-0, assumed ready', () => {
    const index = indexOf(deployment('cart'));
    assert.equal(index.pods.length, 1);
    const [pod] = index.pods;
    assert.equal(pod.name, 'cart-pod-0');
    assert.equal(pod.namespace, 'shop');
    assert.deepEqual(pod.labels, { app: 'cart', version: 'v1' });
    assert.deepEqual(pod.workload, { kind: 'Deployment', namespace: 'shop', name: 'cart' });
    assert.equal(pod.implied, true);
    assert.equal(pod.ready, true);
    assert.equal(pod.readinessAssumed, true);
    assert.match(pod.readinessReason, /assumed/);
    assert.equal(pod.templatePath, 'spec.template');
    assert.equal(pod.ip, null);
    assert.deepEqual(pod.containerPorts, [{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
  });
  test('issue 3 §2: replicas 3 implies three pods, replicas 0 none', () => {
    const index = indexOf(deployment('cart', '  replicas: 3\n') + '---' + deployment('off', '  replicas: 0\n'));
    assert.deepEqual(index.pods.map((p) => p.name), ['cart-pod-0', 'cart-pod-1', 'cart-pod-2']);
    assert.deepEqual(index.podsOfWorkload({ kind: 'Deployment', namespace: 'shop', name: 'off' }), []);
    assert.equal(index.podsOfWorkload({ kind: 'Deployment', namespace: 'shop', name: 'cart' }).length, 3);
  });
  test('issue 3 §2: StatefulSet pods are named name-0..n-1', () => {
    const index = indexOf(deployment('db', '  replicas: 2\n  serviceName: db\n').replace('kind: Deployment', 'kind: StatefulSet'));
    assert.deepEqual(index.pods.map((p) => p.name), ['db-0', 'db-1']);
    assert.equal(index.pods[0].workload.kind, 'StatefulSet');
  });
  test('issue 3 §2: a DaemonSet is one implied pod marked perNode', () => {
    const index = indexOf(deployment('agent', '  replicas: 5\n').replace('kind: Deployment', 'kind: DaemonSet').replace('  replicas: 5\n', ''));
    assert.equal(index.pods.length, 1);
    assert.equal(index.pods[0].perNode, true);
    assert.equal(index.pods[0].name, 'agent-pod-0');
  });
  test('issue 3 §2: a ReplicaSet owned by a Deployment of the set is not counted twice', () => {
    const owned = deployment('cart-7d9', '  replicas: 2\n').replace('kind: Deployment', 'kind: ReplicaSet')
      .replace('metadata: {name: cart-7d9, namespace: shop}', 'metadata:\n  name: cart-7d9\n  namespace: shop\n  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: cart, uid: u1}]');
    const orphan = deployment('solo', '').replace('kind: Deployment', 'kind: ReplicaSet');
    const index = indexOf(deployment('cart') + '---' + owned + '---' + orphan);
    assert.deepEqual(index.pods.map((p) => `${p.workload.kind}/${p.name}`).sort(), ['Deployment/cart-pod-0', 'ReplicaSet/solo-pod-0']);
  });
  test('issue 3 §2: a bare Pod is ready only when Running with Ready True; status.podIP is its IP', () => {
    const pod = (name: string, status: string) => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: x}]}
${status}`;
    const index = indexOf([
      pod('ok', 'status: {phase: Running, podIP: 10.0.0.5, conditions: [{type: Ready, status: "True"}]}'),
      pod('pending', 'status: {phase: Pending}'),
      pod('unready', 'status: {phase: Running, conditions: [{type: Ready, status: "False"}]}'),
      pod('nostatus', ''),
    ].join('\n---'));
    const byName = new Map(index.pods.map((p) => [p.name, p]));
    assert.equal(byName.get('ok')!.ready, true);
    assert.equal(byName.get('ok')!.readinessAssumed, false);
    assert.equal(byName.get('ok')!.ip, '10.0.0.5');
    assert.deepEqual(byName.get('ok')!.workload, { kind: 'Pod', namespace: 'shop', name: 'ok' });
    assert.equal(byName.get('pending')!.ready, false);
    assert.match(byName.get('pending')!.readinessReason, /Pending/);
    assert.equal(byName.get('unready')!.ready, false);
    assert.match(byName.get('unready')!.readinessReason, /Ready is False/);
    assert.equal(byName.get('nostatus')!.ready, true);
    assert.equal(byName.get('nostatus')!.readinessAssumed, true);
    assert.equal(byName.get('nostatus')!.ip, null);
    assert.equal(index.pod('shop', 'ok')?.name, 'ok');
  });
});

describe('workloads in a `kubectl get all -o yaml` dump', () => {
  const pod = (name: string, owner: string) => `
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels: {app: cart, version: v1}
  ownerReferences: [{apiVersion: apps/v1, kind: ${owner.split('/')[0]}, name: ${owner.split('/')[1]}, uid: u2}]
spec: {containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.1, conditions: [{type: Ready, status: "True"}]}
`;
  const replicaSet = deployment('cart-7d9', '  replicas: 2\n').replace('kind: Deployment', 'kind: ReplicaSet')
    .replace('metadata: {name: cart-7d9, namespace: shop}', 'metadata:\n  name: cart-7d9\n  namespace: shop\n  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: cart, uid: u1}]');

  test('issue 3 §2: real Pods owned through a ReplicaSet replace the Deployment template pods and belong to the Deployment', () => {
    const index = indexOf([deployment('cart', '  replicas: 2\n'), replicaSet, pod('cart-7d9-a', 'ReplicaSet/cart-7d9'), pod('cart-7d9-b', 'ReplicaSet/cart-7d9')].join('---'));
    assert.deepEqual(index.pods.map((p) => p.name), ['cart-7d9-a', 'cart-7d9-b']);
    assert.ok(index.pods.every((p) => !p.implied && p.ip === '10.0.0.1'));
    assert.deepEqual(index.pods[0].workload, { kind: 'Deployment', namespace: 'shop', name: 'cart' });
    assert.equal(index.podsOfWorkload({ kind: 'Deployment', namespace: 'shop', name: 'cart' }).length, 2);
  });
  test('issue 3 §2: a Pod owned directly by a StatefulSet replaces its template pods; other workloads keep theirs', () => {
    const statefulSet = deployment('db', '  replicas: 3\n  serviceName: db\n').replace('kind: Deployment', 'kind: StatefulSet');
    const index = indexOf([statefulSet, pod('db-0', 'StatefulSet/db'), deployment('other')].join('---'));
    assert.deepEqual(index.pods.map((p) => `${p.workload.kind}/${p.name}/${p.implied}`), ['StatefulSet/db-0/false', 'Deployment/other-pod-0/true']);
  });
  test('issue 3 §2: a Pod whose owner is not in the set is a bare Pod, and the workloads of the set still imply theirs', () => {
    const index = indexOf([deployment('cart'), pod('stray', 'ReplicaSet/gone')].join('---'));
    assert.deepEqual(index.pods.map((p) => `${p.workload.kind}/${p.name}`), ['Pod/stray', 'Deployment/cart-pod-0']);
  });
});

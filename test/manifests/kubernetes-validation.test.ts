import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFail, ingestOk, yamlText } from './helpers.js';

function problemsOf(text: string): string[] {
  return ingestFail([{ name: 'k.yaml', content: text }]).problems.map(
    (p) => `${p.line}:${p.column} ${p.object} ${p.fieldPath} ${p.code}: ${p.message}`,
  );
}

describe('structural validation of Kubernetes kinds', () => {
  test('Service: port number range, targetPort number or name, selector string map', () => {
    const text = yamlText(
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web, namespace: shop}',
      'spec:',
      '  selector:',
      '    app: web',
      '    version: 2',
      '  ports:',
      '  - port: 70000',
      '    targetPort: http',
      '  - name: grpc',
      '    targetPort: [1]',
      '  - port: "80"',
    );
    assert.deepEqual(problemsOf(text), [
      '7:5 Service shop/web spec.selector.version invalid-field: must be a string (quote numbers and booleans)',
      '9:5 Service shop/web spec.ports[0].port invalid-field: must be an integer port number 1..65535',
      '11:5 Service shop/web spec.ports[1].port missing-field: is required',
      '12:5 Service shop/web spec.ports[1].targetPort invalid-field: must be a port number or a port name',
      '13:5 Service shop/web spec.ports[2].port invalid-field: must be an integer port number 1..65535',
    ]);
  });

  test('Service without spec, metadata labels that are not strings', () => {
    const text = yamlText('apiVersion: v1', 'kind: Service', 'metadata:', '  name: bare', '  labels: {version: 1.0}');
    assert.deepEqual(problemsOf(text), [
      '1:1 Service default/bare spec missing-field: is required',
      '5:12 Service default/bare metadata.labels.version invalid-field: must be a string (quote numbers and booleans)',
    ]);
  });

  test('Deployment, StatefulSet, DaemonSet, ReplicaSet: selector, template labels and containers', () => {
    const workload = (kind: string, extra: string[]) => [
      'apiVersion: apps/v1', `kind: ${kind}`, `metadata: {name: ${kind.toLowerCase()}}`, 'spec:', ...extra,
    ];
    const text = yamlText(
      ...workload('Deployment', ['  replicas: -1', '  selector: {matchLabels: {app: a}}', '  template:', '    metadata: {labels: {app: a}}', '    spec:', '      containers:', '      - name: c', '        ports: [{containerPort: 0}]']),
      '---',
      ...workload('StatefulSet', ['  selector: {matchLabels: {app: a}}', '  template: {spec: {containers: {name: c}}}']),
      '---',
      ...workload('DaemonSet', ['  template: {metadata: {labels: {app: [x]}}, spec: {containers: []}}']),
      '---',
      ...workload('ReplicaSet', ['  selector: {matchLabels: {app: a}}', '  template: {spec: {containers: [{ports: [{containerPort: 80}]}]}}']),
    );
    assert.deepEqual(problemsOf(text), [
      '5:3 Deployment default/deployment spec.replicas invalid-field: must be an integer >= 0',
      '12:18 Deployment default/deployment spec.template.spec.containers[0].ports[0].containerPort invalid-field: must be an integer port number 1..65535',
      '19:21 StatefulSet default/statefulset spec.template.spec.containers invalid-field: must be a list',
      '24:1 DaemonSet default/daemonset spec.selector missing-field: is required',
      '25:34 DaemonSet default/daemonset spec.template.metadata.labels.app invalid-field: must be a string (quote numbers and booleans)',
      '32:34 ReplicaSet default/replicaset spec.template.spec.containers[0].name missing-field: is required',
    ]);
  });

  test('Pod, Endpoints, EndpointSlice, Namespace', () => {
    const text = yamlText(
      'apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec: {containers: [{name: c}]}', 'status: {podIP: 10.0.0.1, conditions: [{type: Ready}]}',
      '---',
      'apiVersion: v1', 'kind: Endpoints', 'metadata: {name: e}', 'subsets:', '- addresses: [{hostname: h}]', '  ports: [{port: 99999}]',
      '---',
      'apiVersion: discovery.k8s.io/v1', 'kind: EndpointSlice', 'metadata: {name: s}', 'endpoints:', '- addresses: []', '  conditions: {ready: "yes"}',
      '---',
      'apiVersion: v1', 'kind: Namespace', 'metadata: {name: ns, namespace: 7}',
    );
    assert.deepEqual(problemsOf(text), [
      '5:40 Pod default/p status.conditions[0].status missing-field: is required',
      '11:15 Endpoints default/e subsets[0].addresses[0].ip missing-field: is required',
      '12:12 Endpoints default/e subsets[0].ports[0].port invalid-field: must be an integer port number 1..65535',
      '14:1 EndpointSlice default/s addressType missing-field: is required',
      '18:3 EndpointSlice default/s endpoints[0].addresses invalid-field: must list at least one address',
      '19:16 EndpointSlice default/s endpoints[0].conditions.ready invalid-field: must be true or false',
      '23:22 Namespace ns metadata.namespace invalid-field: must be a string',
    ]);
  });

  test('valid objects of every Kubernetes kind pass without warnings', () => {
    const text = yamlText(
      'apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec: {selector: {app: a}, ports: [{port: 80, targetPort: 8080, name: http}]}',
      '---', 'apiVersion: v1', 'kind: Pod', 'metadata: {name: p, labels: {app: a}}', 'spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}', 'status: {podIP: 10.0.0.1}',
      '---', 'apiVersion: v1', 'kind: Endpoints', 'metadata: {name: s}', 'subsets: [{addresses: [{ip: 10.0.0.1}], ports: [{port: 8080}]}]',
      '---', 'apiVersion: discovery.k8s.io/v1', 'kind: EndpointSlice', 'metadata: {name: s-1}', 'addressType: IPv4', 'endpoints: [{addresses: [10.0.0.1], conditions: {ready: true}}]', 'ports: [{port: 8080}]',
      '---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: d}', 'spec: {selector: {matchLabels: {app: a}}, template: {metadata: {labels: {app: a}}, spec: {containers: [{name: c}]}}}',
      '---', 'apiVersion: v1', 'kind: Namespace', 'metadata: {name: shop}',
    );
    const result = ingestOk([{ name: 'ok.yaml', content: text }]);
    assert.equal(result.resources.length, 6);
    assert.deepEqual(result.warnings, []);
  });

  test('other kinds are stored with one "not interpreted" warning per kind; known kinds in other apiVersions too', () => {
    const text = yamlText(
      'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: one}', 'data: {port: "x"}',
      '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: two}',
      '---', 'apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata: {name: old}', 'spec: {}',
    );
    const result = ingestOk([{ name: 'other.yaml', content: text }]);
    assert.deepEqual(result.resources.map((r) => r.name), ['one', 'two', 'old']);
    assert.deepEqual(result.warnings.map((w) => [w.code, w.file, w.line, w.object, w.message]), [
      ['not-interpreted', 'other.yaml', 1, 'ConfigMap default/one', 'ConfigMap (v1): 2 objects stored, not interpreted by the engine'],
      ['not-interpreted', 'other.yaml', 10, 'Deployment default/old', 'Deployment (extensions/v1beta1): 1 object stored, not interpreted by the engine (the engine reads Deployment in apps/v1)'],
    ]);
  });

  test('networking.k8s.io Ingress and gateway.networking.k8s.io Gateway/HTTPRoute: stored, "not yet interpreted"', () => {
    const text = yamlText(
      'apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata: {name: i}', 'spec: {rules: 7}',
      '---', 'apiVersion: gateway.networking.k8s.io/v1', 'kind: Gateway', 'metadata: {name: g}', 'spec: {listeners: []}',
      '---', 'apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata: {name: r}',
    );
    const result = ingestOk([{ name: 'gw.yaml', content: text }]);
    assert.deepEqual(result.countsByKind, { Ingress: 1, Gateway: 1, HTTPRoute: 1 });
    assert.deepEqual(result.warnings.map((w) => [w.code, w.line, w.message]), [
      ['not-yet-interpreted', 1, 'Ingress (networking.k8s.io/v1): 1 object stored, not yet interpreted by the engine'],
      ['not-yet-interpreted', 6, 'Gateway (gateway.networking.k8s.io/v1): 1 object stored, not yet interpreted by the engine'],
      ['not-yet-interpreted', 11, 'HTTPRoute (gateway.networking.k8s.io/v1): 1 object stored, not yet interpreted by the engine'],
    ]);
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf } from '../helpers/load.js';
import { isServiceImported, isVirtualServiceImported, sidecarFor } from '../../../src/mesh/relationships/index.js';

const sidecar = (name: string, ns: string, spec: string, ts = '2024-01-01T00:00:00Z') =>
  `apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: ${name}, namespace: ${ns}, creationTimestamp: "${ts}"}\nspec:\n${spec}`;
const VS = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r, namespace: shared}\nspec: {hosts: [reviews], http: [{route: [{destination: {host: reviews}}]}]}\n';

describe('sidecar scope', () => {
  const index = indexOf([
    sidecar('newer-selective', 'prod', '  workloadSelector: {labels: {app: web}}\n  egress: [{hosts: ["./*"]}]\n', '2024-05-01T00:00:00Z'),
    sidecar('older-selective', 'prod', '  workloadSelector: {labels: {app: web}}\n  egress: [{hosts: ["shared/*", "~shared/secret.shared.svc.cluster.local"]}]\n'),
    sidecar('namespace-wide', 'prod', '  egress: [{hosts: ["istio-system/*", "bare.example.com"]}]\n'),
    sidecar('root', 'istio-system', '  egress: [{hosts: ["*/*.example.com"]}]\n'),
    VS,
  ].join('---\n'));

  test('R2.4.1: selector Sidecars first (oldest), then the namespace one, then the root one, else implicit', () => {
    assert.equal(sidecarFor(index, 'prod', { app: 'web' }).sidecar?.name, 'older-selective');
    assert.equal(sidecarFor(index, 'prod', { app: 'db' }).sidecar?.name, 'namespace-wide');
    assert.equal(sidecarFor(index, 'dev', {}).sidecar?.name, 'root');
    const none = sidecarFor(indexOf(VS), 'dev', {});
    assert.equal(none.sidecar, null);
    assert.match(none.reason, /implicit/);
  });
  test('R2.4.2: a Service is imported when a dnsName is listed for its namespace or *', () => {
    const web = sidecarFor(index, 'prod', { app: 'web' });
    assert.equal(isServiceImported(web, 'shared', 'reviews.shared.svc.cluster.local').imported, true);
    assert.equal(isServiceImported(web, 'shared', 'reviews.shared.svc.cluster.local').fieldPath, 'spec.egress[0].hosts[0]');
    assert.equal(isServiceImported(web, 'other', 'reviews.other.svc.cluster.local').imported, false);
    const wide = sidecarFor(index, 'prod', {});
    assert.equal(isServiceImported(wide, 'anywhere', 'bare.example.com').imported, true, 'a bare egress host is read as */host');
    assert.equal(isServiceImported(wide, 'anywhere', 'x.example.com').imported, false);
    assert.equal(isServiceImported(sidecarFor(index, 'dev', {}), 'ext', 'api.example.com').imported, true);
  });
  test('R2.4.2: ~ns/host excludes', () => {
    const web = sidecarFor(index, 'prod', { app: 'web' });
    const decision = isServiceImported(web, 'shared', 'secret.shared.svc.cluster.local');
    assert.equal(decision.imported, false);
    assert.match(decision.reason, /excluded/);
  });
  test('R2.4.2: a VirtualService is imported through its own namespace; no Sidecar imports everything', () => {
    const vs = index.virtualService('shared', 'r')!;
    assert.equal(isVirtualServiceImported(sidecarFor(index, 'prod', { app: 'web' }), vs).imported, true);
    assert.equal(isVirtualServiceImported(sidecarFor(index, 'prod', {}), vs).imported, false);
    assert.equal(isVirtualServiceImported(sidecarFor(indexOf(VS), 'x', {}), vs).imported, true);
  });
});

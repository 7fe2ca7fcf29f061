// A small deterministic mesh for `npm run bench` when ../shared/tools/gen-mesh.mjs is absent:
// one Service, Deployment, DestinationRule and VirtualService per app, and requests for each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function app(i: number): string {
  const ns = `team-${Math.floor(i / 50)}`;
  const name = `app-${i}`;
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {app: ${name}}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}-v1, namespace: ${ns}}
spec:
  replicas: 2
  selector: {matchLabels: {app: ${name}, version: v1}}
  template:
    metadata: {labels: {app: ${name}, version: v1}}
    spec: {containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: ${ns}}
spec:
  host: ${name}
  subsets: [{name: v1, labels: {version: v1}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${ns}}
spec:
  hosts: [${name}]
  http:
  - match: [{uri: {prefix: /api}, headers: {x-user: {exact: tester}}}]
    route: [{destination: {host: ${name}, subset: v1}}]
  - match: [{uri: {regex: "/v[0-9]+/.*"}}]
    route: [{destination: {host: ${name}, subset: v1}}]
`;
}

export function writeSmallMesh(dir: string, services: number): void {
  mkdirSync(dir, { recursive: true });
  const docs: string[] = [];
  const requests: unknown[] = [];
  for (let i = 0; i < services; i++) {
    docs.push(app(i));
    const host = `app-${i}.team-${Math.floor(i / 50)}.svc.cluster.local`;
    requests.push({ host, path: i % 3 === 0 ? '/api/x' : '/v1/y', headers: [{ name: 'x-user', value: 'tester' }] });
  }
  writeFileSync(join(dir, 'mesh-000.yaml'), docs.join('---\n'));
  writeFileSync(join(dir, 'requests.json'), JSON.stringify(requests.slice(0, 1000)));
}

// Test helpers for the Gateway API simulator: manifests through the real ingest, a built index with a field
// locator, and short request builders.
import { createFieldLocator, ingestManifests } from '../../../src/manifests/index.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { BuiltMeshIndex } from '../../../src/mesh/index/extra-types.js';
import type { GatewayApiRoutePath } from '../../../src/mesh/gateway-api/index.js';
import type { RouteRequest } from '../../../src/mesh/routing/types.js';

export function indexOfTexts(files: { name: string; text: string }[]): BuiltMeshIndex {
  const result = ingestManifests(files.map((f) => ({ name: f.name, content: f.text })));
  if (!result.ok) throw new Error(`manifests rejected: ${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`);
  return buildMeshIndex(result.resources, { locate: createFieldLocator(files) });
}

/** A namespace `infra` with Gateway `infra/gw` (one HTTP listener on port 80, from: Same) and Services v1..v3 with one pod each. */
export const INFRA = `
apiVersion: v1
kind: Namespace
metadata: {name: infra, labels: {team: infra}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: istio
  listeners:
  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Same}}}
${['v1', 'v2', 'v3'].map((v) => `---
apiVersion: v1
kind: Service
metadata: {name: backend-${v}, namespace: infra}
spec:
  selector: {app: backend-${v}}
  ports: [{name: http, port: 8080, targetPort: 3000}]
---
apiVersion: v1
kind: Pod
metadata: {name: backend-${v}-pod, namespace: infra, labels: {app: backend-${v}}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 3000}]}]}
`).join('')}`;

/** An HTTPRoute in `infra` attached to `infra/gw` with the given rules (YAML flow or block text, indented 2). */
export function httpRoute(name: string, rules: string, extra = '', namespace = 'infra'): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  parentRefs: [{name: gw, namespace: infra}]
${extra}  rules:
${rules}`;
}

export function backend(v: string, weight?: number): string {
  return `{name: backend-${v}, port: 8080${weight === undefined ? '' : `, weight: ${weight}`}}`;
}

export function viaGateway(path: string, more: Partial<RouteRequest> = {}): RouteRequest {
  return { host: more.host ?? '192.0.2.1', path, gateway: 'infra/gw', ...more };
}

/** Names of the backend Services that get traffic, with their share. */
export function split(result: GatewayApiRoutePath | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of result?.destinations ?? []) if (d.weight > 0 && d.service) out[d.service.name] = d.weight;
  return out;
}

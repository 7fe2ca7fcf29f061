// Test helper: manifests (inline YAML or sample files) -> simulateRoute, plus small YAML builders.
import { indexOf, indexOfFiles } from '../../helpers/load.js';
import { simulateRoute, type SimulatedRoutePath, type SimulationRequest } from '../../../../src/mesh/routing/index.js';
import type { RouteStep } from '../../../../src/mesh/routing/types.js';

export function simulate(yaml: string, request: SimulationRequest): SimulatedRoutePath {
  return simulateRoute(indexOf(yaml, true), request);
}

export function simulateFiles(files: string[], request: SimulationRequest): SimulatedRoutePath {
  return simulateRoute(indexOfFiles(...files), request);
}

export function stepsOf(result: SimulatedRoutePath, stage: RouteStep['stage']): RouteStep[] {
  return result.steps.filter((s) => s.stage === stage);
}

export function podsOf(result: SimulatedRoutePath, i = 0): string[] {
  return (result.destinations[i]?.endpoints ?? []).map((e) => e.pod).sort();
}

/** A Service plus a Deployment per version, each with `replicas` Pods listening on `targetPort`. */
export function app(name: string, opts: { namespace?: string; port?: number; targetPort?: number; portName?: string; versions?: string[]; replicas?: number; clusterIP?: string } = {}): string {
  const ns = opts.namespace ?? 'default';
  const port = opts.port ?? 80;
  const target = opts.targetPort ?? port;
  const service = `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec:
  ${opts.clusterIP ? `clusterIP: ${opts.clusterIP}` : ''}
  selector: {app: ${name}}
  ports: [{name: ${opts.portName ?? 'http'}, port: ${port}, targetPort: ${target}}]
`;
  const deployments = (opts.versions ?? ['v1']).map((v) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}-${v}, namespace: ${ns}}
spec:
  replicas: ${opts.replicas ?? 1}
  selector: {matchLabels: {app: ${name}, version: ${v}}}
  template:
    metadata: {labels: {app: ${name}, version: ${v}}}
    spec:
      containers: [{name: app, image: app, ports: [{containerPort: ${target}}]}]
`);
  return [service, ...deployments].join('---\n');
}

export function join(...docs: string[]): string {
  return docs.join('\n---\n');
}

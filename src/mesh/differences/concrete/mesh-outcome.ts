// The part of a simulated RoutePath the comparison shows, plus the workloads each destination reaches.
import type { RoutePath } from '../../routing/types.js';
import type { MeshOutcome } from './host-comparison-types.js';
import { workloadNames } from './kubernetes-outcome.js';

export function meshOutcome(path: RoutePath): MeshOutcome {
  return {
    outcome: path.outcome,
    status: path.status,
    responseFlag: path.responseFlag,
    summary: path.summary,
    virtualService: path.virtualService,
    route: path.route,
    destinations: path.destinations.map((d) => {
      const ready = d.endpoints.filter((e) => e.ready);
      return {
        host: d.host, port: d.port, subset: d.subset, weight: d.weight, cluster: d.cluster, status: d.status,
        endpoints: ready, workloads: workloadNames(ready),
      };
    }),
    retries: path.retries,
    timeout: path.timeout,
    fault: path.fault,
    redirect: path.redirect,
    directResponse: path.directResponse,
  };
}

/** Pods the mesh can send this request to (union over destinations with weight > 0). */
export function meshPods(mesh: MeshOutcome): Set<string> {
  if (mesh.outcome !== 'ROUTED') return new Set();
  return new Set(mesh.destinations.filter((d) => d.weight > 0).flatMap((d) => d.endpoints.map((e) => e.pod)));
}

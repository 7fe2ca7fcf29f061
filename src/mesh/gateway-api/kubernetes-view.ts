// What plain Kubernetes does with the request: for a GAMMA route, kube-proxy spreads it over every ready pod
// of the parent Service and ignores the HTTPRoute; a Gateway needs a Gateway API controller to exist at all.
import type { KubernetesView } from '../routing/types.js';
import { routeEndpointOf } from './backend-endpoints.js';
import type { GatewayApiContext, GatewayApiParent } from './types.js';

export function kubernetesView(ctx: GatewayApiContext, parent: GatewayApiParent | null, gatewayName: string): KubernetesView {
  if (!parent || parent.kind === 'Gateway') {
    return { service: null, port: ctx.port, targetPort: null, endpoints: [], note: `Without the mesh (no Gateway API controller), Gateway ${gatewayName} is not programmed: nothing listens for ${ctx.hostname}:${ctx.port}, and the HTTPRoute backends are plain Services reachable only inside the cluster.` };
  }
  const { service, port } = parent;
  const ready = ctx.index.endpoints(service, port).filter((e) => e.ready && e.port !== null).map(routeEndpointOf);
  const ref = { kind: 'Service', namespace: service.namespace, name: service.name };
  const name = `${service.namespace}/${service.name}`;
  if (ready.length === 0) return { service: ref, port: port.port, targetPort: port.targetPort, endpoints: [], note: `Without the mesh, Service ${name} port ${port.port} has no ready endpoint, so kube-proxy would reject the connection.` };
  const pods = ready.map((e) => e.pod.split('/').pop()).join(', ');
  return { service: ref, port: port.port, targetPort: port.targetPort, endpoints: ready, note: `Without the mesh, kube-proxy sends ${service.name}:${port.port} to any of the ${ready.length} ready pod(s) of Service ${name} (${pods}) with equal chance, ignoring the HTTPRoute's matches, weights and backends (GAMMA needs the mesh).` };
}

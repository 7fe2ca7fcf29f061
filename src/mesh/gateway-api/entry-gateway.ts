// Stage 'entry' (north-south): the request enters through the Gateway API Gateway named by `request.gateway`.
import type { Resource } from '../model.js';
import type { MeshIndex } from '../index/types.js';
import { isGatewayApi } from './gateway-api-group.js';

/** The gateway.networking.k8s.io Gateway named `namespace/name`, or null (an Istio Gateway or nothing). */
export function findGatewayApiGateway(index: MeshIndex, ref: string | null | undefined): Resource | null {
  if (!ref) return null;
  const slash = ref.indexOf('/');
  if (slash <= 0) return null;
  const found = index.get('Gateway', ref.slice(0, slash), ref.slice(slash + 1));
  return found && isGatewayApi(found) ? found : null;
}

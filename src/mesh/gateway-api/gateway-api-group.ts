import { apiGroup, type Resource } from '../model.js';

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

export function isGatewayApi(resource: Pick<Resource, 'apiVersion'>): boolean {
  return apiGroup(resource.apiVersion) === GATEWAY_API_GROUP;
}

/** HTTPRoutes of the Gateway API group (another group could also name a kind HTTPRoute). */
export function httpRoutesOf(resources: readonly Resource[]): Resource[] {
  return resources.filter(isGatewayApi);
}

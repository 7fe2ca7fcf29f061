// Gateway API (gateway.networking.k8s.io) route simulation; see README.md.
export { simulateGatewayApiRoute } from './simulate-gateway-api-route.js';
export type { GatewayApiRoutePath } from './build-route-path.js';
export { pathPrefixMatches } from './path-match.js';

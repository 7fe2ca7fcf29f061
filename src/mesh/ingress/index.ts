// Kubernetes Ingress (class istio) as istiod converts it: Gateways + VirtualServices.
export { ingressGateways, ingressGatewayName } from './ingress-gateways.js';
export { ingressVirtualServices } from './ingress-virtual-services.js';
export { istioIngresses } from './ingress-resources.js';
export { withIngress } from './with-ingress.js';

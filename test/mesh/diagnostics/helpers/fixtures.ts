// Small YAML builders for the rules grid; each returns one document.
export function service(name: string, ns: string, ports: string, selector: string | null = `app: ${name}`, extra = ''): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}${extra}}
spec:
${selector === null ? '' : `  selector: {${selector}}\n`}  ports: ${ports}
`;
}

export function deployment(name: string, ns: string, labels: string, containerPorts = '[{containerPort: 9080}]'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {${labels}}}
  template:
    metadata: {labels: {${labels}}}
    spec:
      containers:
      - name: app
        image: app
        ports: ${containerPorts}
`;
}

export function docs(...parts: string[]): string {
  return parts.join('---\n');
}

/** Service `reviews` in `default` (port 9080 http) with pods labelled version v1. */
export const REVIEWS = docs(
  service('reviews', 'default', '[{name: http, port: 9080}]'),
  deployment('reviews-v1', 'default', 'app: reviews, version: v1'),
);

export const INGRESS = `apiVersion: v1
kind: Pod
metadata: {name: ingress, namespace: istio-system, labels: {istio: ingressgateway}}
spec: {containers: [{name: istio-proxy, image: proxy}]}
---
${service('istio-ingressgateway', 'istio-system', '[{name: http2, port: 80, targetPort: 8080}, {name: https, port: 443, targetPort: 8443}]', 'istio: ingressgateway')}`;

export function gateway(name: string, ns: string, servers: string, selector = 'istio: ingressgateway'): string {
  return `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {${selector}}
  servers: ${servers}
`;
}

export function virtualService(name: string, ns: string, spec: string): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec.replace(/^/gm, '  ')}
`;
}

export function destinationRule(name: string, ns: string, spec: string): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec.replace(/^/gm, '  ')}
`;
}

// R1.8.4, R6.6.1, R6.6.2: `http:` rules never apply on ports Istio classifies as TCP/TLS (only tcp:/tls: rules do).
import { asArray, describeRef, getIn } from '../../model.js';
import type { ServiceInfo, ServicePortInfo, VirtualServiceInfo } from '../../index/types.js';
import { defineRule, type RuleDefinition } from '../define-rule.js';

const SYMPTOM = 'header, path and retry rules silently do nothing; traffic is forwarded as plain TCP';

function usesHttp(port: ServicePortInfo): boolean {
  return port.istio.http || port.istio.sniffed;
}

function describePort(port: ServicePortInfo): string {
  return `port ${port.port} is ${port.istio.protocol} (${port.istio.reason})`;
}

function checkHost(ctx: Parameters<RuleDefinition['check']>[0], virtualService: VirtualServiceInfo, service: ServiceInfo): void {
  const routes = asArray(getIn(virtualService.resource.object, 'spec', 'http'));
  if (!service.ports.some(usesHttp)) {
    ctx.report({
      resource: virtualService.resource,
      fieldPath: 'spec.http',
      message: `The http rules never apply to ${describeRef(service.resource)}: ${service.ports.map(describePort).join('; ')}.`,
      symptom: SYMPTOM,
      fix: 'Name the Service port http/http2/grpc (or `http-<suffix>`), or set appProtocol: http; otherwise use tcp:/tls: rules.',
      rules: ['R1.8.4', 'R6.6.1', 'R6.6.2'],
      related: [{ resource: service.resource, fieldPath: 'spec.ports' }],
    });
    return;
  }
  routes.forEach((route, i) => {
    asArray(getIn(route, 'match')).forEach((match, j) => {
      const number = getIn(match, 'port');
      const port = service.ports.find((p) => p.port === number);
      if (!port || usesHttp(port)) return;
      ctx.report({
        resource: virtualService.resource,
        fieldPath: `spec.http[${i}].match[${j}].port`,
        message: `This http match targets ${describeRef(service.resource)} ${describePort(port)}, so it never applies.`,
        symptom: SYMPTOM,
        fix: `Rename Service port ${port.port} with an http prefix (or set appProtocol), or move this rule to tcp:/tls:.`,
        rules: ['R1.8.4', 'R6.6.1', 'R6.6.2'],
        related: [{ resource: service.resource, fieldPath: `spec.ports[${port.index}]` }],
      });
    });
  });
}

export const virtualServiceHttpRouteOnNonHttpPort = defineRule('MX0016', {
  description: 'http rules of a mesh VirtualService must target Service ports that Istio treats as HTTP (or sniffs).',
  inputs: ['VirtualService', 'Service'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      if (!virtualService.gateways.some((g) => g.normalized === 'mesh')) continue;
      if (asArray(getIn(virtualService.resource.object, 'spec', 'http')).length === 0) continue;
      const seen = new Set<ServiceInfo>();
      for (const host of virtualService.hosts) {
        const service = ctx.index.serviceByFqdn(host.fqdn);
        if (!service || seen.has(service) || service.ports.length === 0) continue;
        seen.add(service);
        checkHost(ctx, virtualService, service);
      }
    }
  },
});

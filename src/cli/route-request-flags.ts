import { AppError } from '../errors.js';
import type { RouteRequest } from '../mesh/routing/types.js';
import { parseRouteRequest } from '../service/explain/index.js';
import type { CommandOption, OptionValues } from './command.js';
import { intOption, listOption, stringOption } from './parse-options.js';

export const routeRequestOptions: CommandOption[] = [
  { name: 'host', type: 'string', value: 'HOST', description: 'Host / :authority the client sends; may carry :port.', example: '--host reviews' },
  { name: 'port', type: 'string', value: 'N', description: 'Destination port (default: the port in --host, else 80; with --gateway the Gateway server port).', example: '--port 9080' },
  { name: 'path', type: 'string', value: 'PATH', description: 'Request path, may include ?query (default /).', example: "--path '/reviews/0?x=1'" },
  { name: 'method', type: 'string', value: 'METHOD', description: 'HTTP method (default GET).', example: '--method POST' },
  { name: 'scheme', type: 'string', value: 'http|https', description: 'Request scheme (default http).', example: '--scheme https' },
  { name: 'header', short: 'H', type: 'string', multiple: true, value: "'NAME: VALUE'", description: 'Request header.', example: "-H 'end-user: jason'" },
  { name: 'source-namespace', type: 'string', value: 'NS', description: 'Namespace of the calling workload (default default).', example: '--source-namespace default' },
  { name: 'source-label', type: 'string', multiple: true, value: 'KEY=VALUE', description: 'Label of the calling workload.', example: '--source-label app=productpage' },
  { name: 'gateway', type: 'string', value: 'NS/NAME', description: "Enter through this Istio Gateway instead of the caller's sidecar.", example: '--gateway default/bookinfo-gateway' },
  { name: 'protocol', type: 'string', value: 'http|tcp|tls', description: 'What the client sends: an HTTP request (default), raw TCP, or TLS it starts itself (routed by tcp:/tls: rules).', example: '--protocol tcp' },
  { name: 'sni', type: 'string', value: 'NAME', description: 'TLS server name with --protocol tls (default: the hostname of --host).', example: '--sni reviews.example.com' },
  { name: 'outbound-traffic-policy', type: 'string', value: 'ALLOW_ANY|REGISTRY_ONLY', description: 'Mesh setting for hosts unknown to the registry (default ALLOW_ANY).', example: '--outbound-traffic-policy REGISTRY_ONLY' },
];

/** The RouteRequest the flags describe, validated like every other adapter's input. */
export function routeRequestFromFlags(values: OptionValues): RouteRequest {
  const host = stringOption(values, 'host');
  if (!host) throw new AppError('BAD_INPUT', '--host is required (or --requests FILE); e.g. --host reviews');
  const raw = {
    host,
    port: intOption(values, 'port', { min: 1, max: 65535 }),
    path: stringOption(values, 'path'),
    method: stringOption(values, 'method'),
    scheme: stringOption(values, 'scheme'),
    headers: listOption(values, 'header').map(parseHeader),
    source: sourceOf(values),
    gateway: stringOption(values, 'gateway'),
    outboundTrafficPolicy: stringOption(values, 'outbound-traffic-policy'),
    protocol: stringOption(values, 'protocol'),
    sni: stringOption(values, 'sni'),
  };
  return parseRouteRequest(dropUndefined(raw), 'flags');
}

function parseHeader(text: string): { name: string; value: string } {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new AppError('BAD_INPUT', `-H: expected 'name: value', got "${text}"`);
  return { name: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}

function sourceOf(values: OptionValues): RouteRequest['source'] | undefined {
  const namespace = stringOption(values, 'source-namespace');
  const labelList = listOption(values, 'source-label');
  if (namespace === undefined && labelList.length === 0) return undefined;
  const labels: Record<string, string> = {};
  for (const item of labelList) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new AppError('BAD_INPUT', `--source-label: expected key=value, got "${item}"`);
    labels[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return { ...(namespace !== undefined ? { namespace } : {}), labels };
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

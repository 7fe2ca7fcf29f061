// Stage 'destination': the matched rule's backendRefs. A backendRef that is not a Service, names a missing
// Service, has no port, or crosses namespaces without a ReferenceGrant is invalid: its share of the requests
// gets 500 (Gateway API HTTPRouteRule.backendRefs).
import { asArray, asObject, asString, getIn } from '../model.js';
import { serviceFqdn } from '../hosts.js';
import { domainSuffixOf } from '../index/extra-types.js';
import type { ServiceEntryInfo, ServiceInfo, ServicePortInfo } from '../index/types.js';
import { recordStep } from '../trace/steps.js';
import { isHostnameKind, resolveHostnameBackend } from './hostname-backend.js';
import { findReferenceGrant } from './reference-grant.js';
import { backendWeight, weightShares } from './weight-shares.js';
import type { Candidate, GatewayApiContext } from './types.js';

export interface ResolvedBackend {
  fieldPath: string;
  host: string;
  port: number | null;
  weight: number;
  /** Integer percent of the rule's requests. */
  share: number;
  cluster: string;
  service: ServiceInfo | null;
  servicePort: ServicePortInfo | null;
  /** A `networking.istio.io/Hostname` backendRef naming a ServiceEntry host. */
  serviceEntry: ServiceEntryInfo | null;
  /** Why the backend is invalid (requests for it get 500), or null. */
  invalid: string | null;
  /** The route keeps the backend but the proxy has no such cluster (503 NC, R4.13.1), or null. */
  missingCluster: string | null;
}

type Checked = Pick<ResolvedBackend, 'host' | 'service' | 'servicePort' | 'serviceEntry' | 'invalid' | 'missingCluster'>;

function validate(ctx: GatewayApiContext, c: Candidate, ref: Record<string, unknown>, namespace: string, name: string): Omit<Checked, 'host' | 'serviceEntry' | 'missingCluster'> {
  const group = asString(ref.group) ?? '';
  const kind = asString(ref.kind) ?? 'Service';
  const none = { service: null, servicePort: null };
  if (group !== '' || kind !== 'Service') return { ...none, invalid: `kind ${group ? `${group}/` : ''}${kind} is not a Service the explainer can resolve (InvalidKind)` };
  if (namespace !== c.route.namespace && !findReferenceGrant(ctx.index, c.route, namespace, name)) {
    return { ...none, invalid: `it points into namespace ${namespace} and no ReferenceGrant there allows HTTPRoutes from ${c.route.namespace} (RefNotPermitted)` };
  }
  const service = ctx.index.service(namespace, name) ?? null;
  if (!service) return { ...none, invalid: `Service ${namespace}/${name} does not exist (BackendNotFound)` };
  const port = typeof ref.port === 'number' ? ref.port : null;
  if (port === null) return { service, servicePort: null, invalid: 'a Service backendRef must name a port' };
  const servicePort = service.ports.find((p) => p.port === port) ?? null;
  if (!servicePort) return { service, servicePort: null, invalid: `Service ${namespace}/${name} has no port ${port}` };
  return { service, servicePort, invalid: null };
}

export function resolveBackends(ctx: GatewayApiContext, c: Candidate): ResolvedBackend[] {
  const base = `spec.rules[${c.ruleIndex}].backendRefs`;
  const refs = asArray(getIn(c.route.object, 'spec', 'rules', c.ruleIndex, 'backendRefs')).map((r) => asObject(r) ?? {});
  const weights = refs.map((r) => backendWeight(r.weight));
  const shares = weightShares(weights);
  const sum = weights.reduce((a, b) => a + b, 0);
  return refs.map((ref, i) => {
    const namespace = asString(ref.namespace) ?? c.route.namespace ?? '';
    const name = asString(ref.name) ?? '';
    const port = typeof ref.port === 'number' ? ref.port : null;
    const byHostname = isHostnameKind(asString(ref.group) ?? '', asString(ref.kind) ?? 'Service');
    const checked: Checked = byHostname
      ? resolveHostnameBackend(ctx.index, ref, name, port)
      : { host: serviceFqdn(name, namespace, domainSuffixOf(ctx.index)), serviceEntry: null, missingCluster: null, ...validate(ctx, c, ref, namespace, name) };
    const host = checked.host;
    const weight = weights[i] ?? 1;
    const backend: ResolvedBackend = { fieldPath: `${base}[${i}]`, port, weight, share: shares[i] ?? 0, cluster: `outbound|${port ?? ''}||${host}`, ...checked };
    const weightText = weight === 0 ? 'weight 0: it gets no traffic' : refs.length === 1 ? 'the only backend: all requests' : `weight ${weight} of ${sum} = ${backend.share}% of the requests`;
    const defaulted = ref.weight === undefined && refs.length > 1 ? ' (weight defaults to 1)' : '';
    const verdict = backend.invalid ? `is invalid: ${backend.invalid}; its requests get 500` : backend.missingCluster ? `names ${host} port ${port}, but ${backend.missingCluster}` : `resolves to ${host} port ${port}`;
    const what = byHostname ? `Hostname ${name}` : `${namespace}/${name}`;
    recordStep(ctx.steps, { stage: 'destination', decision: backend.invalid || backend.missingCluster ? 'failed' : weight === 0 ? 'skipped' : 'selected', source: ctx.index.cite(c.route, backend.fieldPath), rules: backend.missingCluster ? ['R4.13.1'] : ['R1.3.2'], reason: `backendRef ${what} ${verdict}; ${weightText}${defaulted}.` });
    return backend;
  });
}

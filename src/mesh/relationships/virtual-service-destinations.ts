// VirtualService destinations -> Service + port + DestinationRule subset -> Pods, OK or MISSING with a reason.
import { asArray, asObject, asString, getIn, type Labels } from '../model.js';
import type { MeshIndex, PodInfo, ServiceEntryInfo, ServiceInfo, ServicePortInfo, VirtualServiceInfo } from '../index/types.js';
import { resolveShortName } from '../hosts.js';
import { destinationRuleFor, type DestinationRuleChoice, type MergedSubset } from './destination-rule-for.js';
import { destinationTarget } from './destination-target.js';
import { resolvePort, checkPods } from './destination-checks.js';

export interface DestinationRef { host: string; port?: number | null; subset?: string | null }

export interface ResolvedDestination {
  /** As written, and expanded in the VirtualService namespace (R1.1.2, R5.1.1). */
  hostRaw: string;
  host: string;
  port: number | null;
  subset: string | null;
  service: ServiceInfo | null;
  serviceEntries: ServiceEntryInfo[];
  /** The Service port used; null when the port is chosen by the listener (R5.2.1) or missing. */
  servicePort: ServicePortInfo | null;
  destinationRule: DestinationRuleChoice | null;
  subsetInfo: MergedSubset | null;
  /** Pods the destination reaches (subset applied), ready or not; see each PodInfo for readiness. */
  pods: PodInfo[];
  status: 'OK' | 'MISSING';
  reason: string | null;
  notes: string[];
}

export interface VirtualServiceDestination extends ResolvedDestination {
  virtualService: VirtualServiceInfo;
  /** e.g. `spec.http[0].route[1].destination` or `spec.http[0].mirror` */
  fieldPath: string;
  protocol: 'http' | 'tcp' | 'tls';
  role: 'route' | 'mirror';
  weight: number | null;
}

export interface DestinationOptions {
  /** Client namespace for the DestinationRule lookup (R5.5.1); default: the VirtualService namespace. */
  clientNamespace?: string;
  clientLabels?: Labels | null;
}

function unknownHost(hostRaw: string, host: string, namespace: string): string {
  const why = hostRaw.includes('.') ? `"${hostRaw}" contains a dot and is taken literally (R1.1.1)` : `short name "${hostRaw}" was expanded in the VirtualService namespace ${namespace} (R1.1.2)`;
  return `unknown host ${host}: no Service or ServiceEntry has this name; ${why}`;
}

export function resolveDestination(index: MeshIndex, virtualService: VirtualServiceInfo, ref: DestinationRef, options: DestinationOptions = {}): ResolvedDestination {
  const host = resolveShortName(ref.host, virtualService.namespace, index.domainSuffix);
  const base = { hostRaw: ref.host, host, port: ref.port ?? null, subset: ref.subset ?? null };
  const target = destinationTarget(index, host);
  const empty = { service: target.service, serviceEntries: target.serviceEntries, servicePort: null, destinationRule: null, subsetInfo: null, pods: [], notes: target.notes };
  if (!target.service && target.serviceEntries.length === 0) return { ...base, ...empty, status: 'MISSING', reason: unknownHost(ref.host, host, virtualService.namespace) };
  const port = resolvePort(target, base.port);
  if (port.missing) return { ...base, ...empty, notes: [...target.notes, ...port.notes], status: 'MISSING', reason: port.missing };
  const client = options.clientNamespace ?? virtualService.namespace;
  const rule = base.subset || target.service ? destinationRuleFor(index, host, client, options.clientLabels) : null;
  const checked = checkPods(index, target, base.subset, rule);
  return {
    ...base, service: target.service, serviceEntries: target.serviceEntries, servicePort: port.servicePort,
    destinationRule: rule, subsetInfo: checked.subsetInfo, pods: checked.pods, status: checked.missing ? 'MISSING' : 'OK',
    reason: checked.missing, notes: [...target.notes, ...port.notes, ...checked.notes],
  };
}

const KINDS = ['http', 'tcp', 'tls'] as const;

function refAt(obj: unknown): DestinationRef | null {
  const host = asString(getIn(obj, 'host'));
  if (!host) return null;
  const port = Number(getIn(obj, 'port', 'number'));
  return { host, port: Number.isInteger(port) ? port : null, subset: asString(getIn(obj, 'subset')) ?? null };
}

export interface DestinationRefAt extends DestinationRef {
  fieldPath: string;
  protocol: VirtualServiceDestination['protocol'];
  role: VirtualServiceDestination['role'];
  weight: number | null;
}

/** Every route and mirror destination as written (host not yet expanded), in spec order. */
export function destinationRefs(virtualService: VirtualServiceInfo): DestinationRefAt[] {
  const out: DestinationRefAt[] = [];
  const add = (raw: unknown, fieldPath: string, protocol: DestinationRefAt['protocol'], role: DestinationRefAt['role'], weight: number | null) => {
    const ref = refAt(raw);
    if (ref) out.push({ ...ref, fieldPath, protocol, role, weight });
  };
  for (const protocol of KINDS) {
    asArray(getIn(virtualService.resource.object, 'spec', protocol)).forEach((rule, i) => {
      const at = `spec.${protocol}[${i}]`;
      asArray(getIn(rule, 'route')).forEach((route, j) => {
        const weight = Number(getIn(route, 'weight'));
        add(getIn(route, 'destination'), `${at}.route[${j}].destination`, protocol, 'route', Number.isFinite(weight) ? weight : null);
      });
      if (protocol !== 'http') return;
      if (asObject(getIn(rule, 'mirror'))) add(getIn(rule, 'mirror'), `${at}.mirror`, protocol, 'mirror', null);
      asArray(getIn(rule, 'mirrors')).forEach((m, k) => add(getIn(m, 'destination'), `${at}.mirrors[${k}].destination`, protocol, 'mirror', null));
    });
  }
  return out;
}

function pushHost(out: string[], destination: unknown): void {
  const host = asObject(destination)?.host;
  if (typeof host === 'string' && host !== '') out.push(host);
}

/** Only the destination hosts as written (route and mirror), cheaply: for the reverse map of who routes where. */
export function destinationHostsWritten(virtualService: VirtualServiceInfo): string[] {
  const out: string[] = [];
  const spec = asObject(virtualService.resource.object.spec);
  if (!spec) return out;
  for (const protocol of KINDS) {
    const rules = spec[protocol];
    if (!Array.isArray(rules)) continue;
    for (const rule of rules) {
      const o = asObject(rule);
      if (!o) continue;
      if (Array.isArray(o.route)) for (const route of o.route) pushHost(out, asObject(route)?.destination);
      if (protocol !== 'http') continue;
      pushHost(out, o.mirror);
      if (Array.isArray(o.mirrors)) for (const mirror of o.mirrors) pushHost(out, asObject(mirror)?.destination);
    }
  }
  return out;
}

export function virtualServiceDestinations(index: MeshIndex, virtualService: VirtualServiceInfo, options: DestinationOptions = {}): VirtualServiceDestination[] {
  return destinationRefs(virtualService).map(({ fieldPath, protocol, role, weight, ...ref }) => (
    { ...resolveDestination(index, virtualService, ref, options), virtualService, fieldPath, protocol, role, weight }
  ));
}

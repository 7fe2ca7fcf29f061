// What the client dials for a host name: cluster DNS with the pod's search path (`<ns>.svc.<suffix>`,
// `svc.<suffix>`, `<suffix>`), ClusterIPs, headless pod names and IPs, ExternalName CNAMEs (R5.4.2, R6.4).
import { isIpAddress } from '../hosts.js';
import type { MeshIndex } from '../index/types.js';
import type { Registry, RegistryService } from './registry.js';

/** Fully qualified names DNS tries for `hostname` from a pod in `clientNamespace`, in order. */
export function dnsNames(hostname: string, clientNamespace: string, suffix: string): string[] {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  const dots = h.split('.').length - 1;
  const names: string[] = [];
  if (dots === 0) names.push(`${h}.${clientNamespace}.svc.${suffix}`);
  if (dots === 1) names.push(`${h}.svc.${suffix}`);
  if (h.endsWith('.svc')) names.push(`${h}.${suffix}`);
  names.push(h);
  return [...new Set(names)];
}

export interface Dialled {
  service: RegistryService;
  /** How the name or IP led to the service, e.g. `DNS name reviews.default.svc.cluster.local`. */
  via: string;
}

function byAddress(index: MeshIndex, registry: Registry, ip: string): Dialled | null {
  const vip = registry.all.find((s) => s.addresses.includes(ip));
  if (vip) return { service: vip, via: `address ${ip} is a virtual IP of ${vip.hostname}` };
  for (const s of registry.all) {
    if (!s.headless || !s.service) continue;
    const service = s.service;
    if (service.ports.some((p) => index.endpoints(service, p).some((e) => e.ip === ip))) {
      return { service: s, via: `address ${ip} is a Pod IP behind headless Service ${s.hostname}` };
    }
  }
  return null;
}

function byName(registry: Registry, hostname: string, clientNamespace: string, suffix: string): Dialled | null {
  for (const name of dnsNames(hostname, clientNamespace, suffix)) {
    const found = registry.byHostname(name)[0];
    if (found) return { service: found, via: `DNS name ${name}` };
    const target = registry.aliasTarget(name);
    if (target) return { service: target, via: `ExternalName ${name} is a CNAME for ${target.hostname}` };
    const parent = name.slice(name.indexOf('.') + 1);
    const headless = registry.byHostname(parent).find((s) => s.headless && s.kind === 'Service');
    if (headless) return { service: headless, via: `${name} is the DNS name of a Pod of headless Service ${headless.hostname}` };
  }
  return null;
}

/** The registry service behind the IP the client dials (given, or from DNS for `hostname`). */
export function dialledService(index: MeshIndex, registry: Registry, hostname: string, address: string | null, clientNamespace: string, suffix: string): Dialled | null {
  if (address) {
    const known = byAddress(index, registry, address);
    if (known) return known;
    // DNS answers a headless Service's name with Pod IPs (§6.4): an address we cannot place is taken as one of them.
    const named = byName(registry, hostname, clientNamespace, suffix);
    return named?.service.headless && named.service.kind === 'Service' ? { service: named.service, via: `${named.via}, a headless Service whose DNS answer is Pod IPs such as ${address}` } : null;
  }
  if (isIpAddress(hostname)) return byAddress(index, registry, hostname);
  return byName(registry, hostname, clientNamespace, suffix);
}

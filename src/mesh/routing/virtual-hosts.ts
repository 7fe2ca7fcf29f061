// The virtual hosts of one route config, as data the virtual-host stage selects from.
import type { GatewayInfo, VirtualServiceInfo } from '../index/types.js';
import type { RegistryService } from './registry.js';

/** A VirtualService attached to a virtual host, with the proxy context its routes are built for (R2.2.1, R3.8.1). */
export interface BoundVirtualService {
  virtualService: VirtualServiceInfo;
  /** `mesh` or the Gateway `ns/name` the VirtualService is bound through. */
  gateway: string;
  /** The port `match.port` is compared with: the service port (sidecar) or the server's port.number (gateway). */
  listenerPort: number;
  /** The VirtualService host (as expanded) that attached it, e.g. `*.example.com`. */
  host: string;
}

export interface VirtualHost {
  name: string;
  domains: string[];
  /** Sidecar: the registry service the virtual host is for (null for a VirtualService host that is not a service). */
  service: RegistryService | null;
  /** Sidecar: zero or one; gateway: every VirtualService merged into this host (R1.7.3). */
  bound: BoundVirtualService[];
  /** Gateway `tls.httpsRedirect` (R7.6.2). */
  requireTls: boolean;
  /** Gateway: citation of the server that made this host. */
  server: { gateway: GatewayInfo; fieldPath: string } | null;
}

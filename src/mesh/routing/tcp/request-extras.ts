// Inputs for connections that are not plain HTTP requests (R1.8.4): raw TCP, or TLS the client starts itself.
import type { SimulationRequest } from '../request.js';

export interface TcpRequestExtras {
  /** What the client sends: HTTP (default), raw TCP bytes, or a TLS ClientHello. */
  protocol?: 'http' | 'tcp' | 'tls' | null;
  /** TLS server name; defaults to the hostname of `host`. */
  sni?: string | null;
  /** The IP dialled (sidecar); same meaning as RequestExtras.address. */
  address?: string | null;
}

export type TcpSimulationRequest = Omit<SimulationRequest, 'address'> & TcpRequestExtras & { address?: string | null };

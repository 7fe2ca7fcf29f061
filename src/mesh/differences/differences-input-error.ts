// Bad input to the differences engine (unknown kind, unsupported pair, missing host). Adapters map it to BAD_INPUT.
import type { ResourceKind } from './resource-kind.js';

export interface DifferencesInputErrorDetails {
  supportedKinds: ResourceKind[];
  /** Supported pairs as `[kind, versus]`, when the problem is the pair. */
  supportedPairs?: [ResourceKind, ResourceKind][];
}

export class DifferencesInputError extends Error {
  readonly code = 'BAD_INPUT' as const;
  readonly supportedKinds: ResourceKind[];
  readonly supportedPairs: [ResourceKind, ResourceKind][];

  constructor(message: string, details: DifferencesInputErrorDetails) {
    super(message);
    this.name = 'DifferencesInputError';
    this.supportedKinds = details.supportedKinds;
    this.supportedPairs = details.supportedPairs ?? [];
  }
}

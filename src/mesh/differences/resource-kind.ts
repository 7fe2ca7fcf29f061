// The kinds the differences engine knows, and the parser the adapters use for user input.
import { DifferencesInputError } from './differences-input-error.js';

export type ResourceKind =
  | 'SERVICE' | 'VIRTUAL_SERVICE' | 'DESTINATION_RULE' | 'GATEWAY' | 'SERVICE_ENTRY'
  | 'SIDECAR' | 'ENDPOINT_SLICE' | 'INGRESS' | 'HTTP_ROUTE';

/** Enum value -> the name as Kubernetes, Istio and Gateway API spell the kind. */
export const RESOURCE_KIND_NAMES: Readonly<Record<ResourceKind, string>> = Object.freeze({
  SERVICE: 'Service',
  VIRTUAL_SERVICE: 'VirtualService',
  DESTINATION_RULE: 'DestinationRule',
  GATEWAY: 'Gateway',
  SERVICE_ENTRY: 'ServiceEntry',
  SIDECAR: 'Sidecar',
  ENDPOINT_SLICE: 'EndpointSlice',
  INGRESS: 'Ingress',
  HTTP_ROUTE: 'HTTPRoute',
});

export const RESOURCE_KINDS: readonly ResourceKind[] = Object.freeze(Object.keys(RESOURCE_KIND_NAMES) as ResourceKind[]);

function squash(text: string): string {
  return text.replace(/[\s_-]/g, '').toLowerCase();
}

/**
 * Accepts `VirtualService`, `virtualservice`, `VIRTUAL_SERVICE`, `virtual-service` (any case, `_`/`-`/space
 * ignored). Unknown input throws DifferencesInputError listing the supported kinds.
 */
export function parseResourceKind(input: string): ResourceKind {
  const wanted = squash(input);
  for (const kind of RESOURCE_KINDS) {
    if (squash(kind) === wanted || squash(RESOURCE_KIND_NAMES[kind]) === wanted) return kind;
  }
  throw new DifferencesInputError(
    `Unknown kind "${input}". Supported kinds: ${RESOURCE_KINDS.map((k) => RESOURCE_KIND_NAMES[k]).join(', ')}.`,
    { supportedKinds: [...RESOURCE_KINDS] },
  );
}

export function kindName(kind: ResourceKind): string {
  return RESOURCE_KIND_NAMES[kind];
}

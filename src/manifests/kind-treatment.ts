import type { z } from 'zod';
import { apiGroup } from '../mesh/model.js';
import type { FieldIssue } from './field-issue.js';
import { checkVirtualServiceRegexes } from './istio-regex-fields.js';
import { checkVirtualServiceRoutes } from './istio-route-rules.js';
import { destinationRuleSchema, gatewaySchema, serviceEntrySchema, sidecarSchema } from './schemas/istio-schemas.js';
import {
  endpointSliceSchema,
  endpointsSchema,
  namespaceSchema,
  podSchema,
  serviceSchema,
  workloadSchema,
} from './schemas/kubernetes-schemas.js';
import { virtualServiceSchema } from './schemas/virtual-service-schema.js';

type ObjectRule = (object: Record<string, unknown>) => FieldIssue[];

export type KindTreatment =
  | { treatment: 'validated'; schema: z.ZodType; rules: readonly ObjectRule[] }
  | { treatment: 'secret' }
  | { treatment: 'not-yet-interpreted' }
  | { treatment: 'not-interpreted'; supportedApiVersions: readonly string[] };

interface InterpretedKind { apiVersions: readonly string[]; schema: z.ZodType; rules?: readonly ObjectRule[] }

const ISTIO_VERSIONS = ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'];

/** The kinds the engine reads, by kind; the apiVersion must be one of those listed. */
const INTERPRETED: Readonly<Record<string, InterpretedKind>> = Object.freeze({
  Service: { apiVersions: ['v1'], schema: serviceSchema },
  Endpoints: { apiVersions: ['v1'], schema: endpointsSchema },
  EndpointSlice: { apiVersions: ['discovery.k8s.io/v1'], schema: endpointSliceSchema },
  Pod: { apiVersions: ['v1'], schema: podSchema },
  Namespace: { apiVersions: ['v1'], schema: namespaceSchema },
  Deployment: { apiVersions: ['apps/v1'], schema: workloadSchema },
  StatefulSet: { apiVersions: ['apps/v1'], schema: workloadSchema },
  DaemonSet: { apiVersions: ['apps/v1'], schema: workloadSchema },
  ReplicaSet: { apiVersions: ['apps/v1'], schema: workloadSchema },
  VirtualService: {
    apiVersions: ISTIO_VERSIONS,
    schema: virtualServiceSchema,
    rules: [checkVirtualServiceRoutes, checkVirtualServiceRegexes],
  },
  DestinationRule: { apiVersions: ISTIO_VERSIONS, schema: destinationRuleSchema },
  Gateway: { apiVersions: ISTIO_VERSIONS, schema: gatewaySchema },
  ServiceEntry: { apiVersions: ISTIO_VERSIONS, schema: serviceEntrySchema },
  Sidecar: { apiVersions: ISTIO_VERSIONS, schema: sidecarSchema },
});

/** Stored for later versions of the engine; `group/Kind`. */
const NOT_YET_INTERPRETED: ReadonlySet<string> = new Set([
  'networking.k8s.io/Ingress',
  'gateway.networking.k8s.io/Gateway',
  'gateway.networking.k8s.io/HTTPRoute',
]);

export function kindTreatment(apiVersion: string, kind: string): KindTreatment {
  const interpreted = Object.hasOwn(INTERPRETED, kind) ? INTERPRETED[kind] : undefined;
  if (interpreted?.apiVersions.includes(apiVersion)) {
    return { treatment: 'validated', schema: interpreted.schema, rules: interpreted.rules ?? [] };
  }
  if (kind === 'Secret') return { treatment: 'secret' };
  if (NOT_YET_INTERPRETED.has(`${apiGroup(apiVersion)}/${kind}`)) return { treatment: 'not-yet-interpreted' };
  return { treatment: 'not-interpreted', supportedApiVersions: interpreted?.apiVersions ?? [] };
}
